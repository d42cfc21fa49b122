package com.kospet.warranty.policy.engine;

import com.kospet.warranty.model.Channel;
import com.kospet.warranty.model.RequestType;
import com.kospet.warranty.model.policy.PolicyOption;
import com.kospet.warranty.model.policy.Redirect;

/** SCOPE-1: only official-store purchases are covered; others are sent to their channel's own customer service. */
final class ScopeRule {

    private ScopeRule() {
    }

    static boolean covers(Channel channel) {
        return channel == Channel.OFFICIAL_STORE;
    }

    static PolicyOption redirect(RequestType type, UnitFacts facts, PolicyParameters terms) {
        Channel channel = facts.channel();
        String message = terms.redirects().messageFor(channel);
        return new OptionDraft(type)
                .redirect(new Redirect(channel, message))
                .refuse(Rule.SCOPE_1, "bought through " + channel + ": this policy covers "
                        + Channel.OFFICIAL_STORE + " purchases only; " + message)
                .decide();
    }
}
