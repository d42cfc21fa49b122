package com.kospet.warranty.policy.engine;

import com.kospet.warranty.model.Channel;
import com.kospet.warranty.model.RequestType;
import com.kospet.warranty.model.policy.OptionStatus;
import com.kospet.warranty.model.policy.PolicyAnswer;
import com.kospet.warranty.model.policy.PolicyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.kospet.warranty.policy.engine.PolicyFixtures.policy;
import static com.kospet.warranty.policy.engine.PolicyFixtures.question;
import static org.assertj.core.api.Assertions.assertThat;

/** SCOPE-1: only official-store purchases are covered. */
class ScopeRuleTest {

    @ParameterizedTest
    @EnumSource(value = Channel.class, names = "OFFICIAL_STORE", mode = EnumSource.Mode.EXCLUDE)
    void aPurchaseThroughAnotherChannelGetsNoOptionAndIsSentToThatChannel(Channel channel) {
        PolicyAnswer answer = policy().evaluate(question().channel(channel).build());

        assertThat(answer.options()).extracting(PolicyOption::type).containsExactly(RequestType.values());
        assertThat(answer.options()).allSatisfy(option -> {
            assertThat(option.status()).isEqualTo(OptionStatus.NOT_ELIGIBLE);
            assertThat(option.redirect().channel()).isEqualTo(channel);
            assertThat(option.redirect().message()).isNotBlank();
            assertThat(option.trace()).singleElement().satisfies(entry -> {
                assertThat(entry.rule()).isEqualTo("SCOPE-1");
                assertThat(entry.reason()).contains(channel.name());
            });
        });
    }

    @Test
    void eachChannelHasItsOwnMessageAndOthersTheFallback() {
        PolicyOption amazon = question().channel(Channel.AMAZON).ask(RequestType.DEFECT_RETURN);
        PolicyOption ebay = question().channel(Channel.EBAY).ask(RequestType.DEFECT_RETURN);

        assertThat(amazon.redirect().message()).isEqualTo("Please contact Amazon customer service.");
        assertThat(ebay.redirect().message()).isEqualTo("Please contact the customer service of the channel you bought from.");
    }

    @Test
    void anOfficialStorePurchaseIsNotRedirected() {
        assertThat(policy().evaluate(question().build()).options()).allSatisfy(option ->
                assertThat(option.redirect()).isNull());
    }
}
