package com.kospet.warranty.policy.engine;

import com.kospet.warranty.model.RequestType;
import com.kospet.warranty.model.policy.ShippingCharge.Leg;
import com.kospet.warranty.model.policy.ShippingCharge.Payer;

import java.util.Map;
import java.util.Set;

/** Puts a request type's configured shipping legs on an option. */
final class Freight {

    private Freight() {
    }

    static void charge(OptionDraft option, RequestType type, UnitFacts facts, PolicyParameters terms) {
        charge(option, terms.freight().of(type), Set.of(), facts);
    }

    /** As configured, except that the {@code buyerLegs} are paid by the customer (DP-3 after the free period). */
    static void charge(OptionDraft option, Map<Leg, Payer> legs, Set<Leg> buyerLegs, UnitFacts facts) {
        legs.forEach((leg, payer) ->
                option.ship(leg, buyerLegs.contains(leg) ? Payer.CUSTOMER : payer, facts.shippingCost()));
    }

    /** "the store pays the return", "the customer pays the return and the store the dispatch". */
    static String say(Map<Leg, Payer> legs) {
        StringBuilder text = new StringBuilder();
        legs.forEach((leg, payer) -> {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append("the ").append(payer.name().toLowerCase()).append(" pays the ")
                    .append(leg.name().toLowerCase()).append(" leg");
        });
        return text.length() == 0 ? "no shipping leg" : text.toString();
    }
}
