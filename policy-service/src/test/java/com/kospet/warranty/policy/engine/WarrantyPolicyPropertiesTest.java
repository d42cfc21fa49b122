package com.kospet.warranty.policy.engine;

import com.kospet.warranty.model.Cause;
import com.kospet.warranty.model.Channel;
import com.kospet.warranty.model.Money;
import com.kospet.warranty.model.RequestType;
import com.kospet.warranty.model.policy.OptionStatus;
import com.kospet.warranty.model.policy.PolicyAnswer;
import com.kospet.warranty.model.policy.PolicyOption;
import com.kospet.warranty.model.policy.PolicyQuestion;
import com.kospet.warranty.model.policy.RuleOutcome;
import com.kospet.warranty.model.policy.TraceEntry;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static com.kospet.warranty.policy.engine.PolicyFixtures.option;
import static com.kospet.warranty.policy.engine.PolicyFixtures.policy;
import static org.assertj.core.api.Assertions.assertThat;

/** Invariants of the policy over random facts of a purchased unit. */
class WarrantyPolicyPropertiesTest {

    private static final Set<RequestType> TIME_BOUND = EnumSet.of(RequestType.DEFECT_RETURN,
            RequestType.DEFECT_REPLACEMENT, RequestType.NO_DEFECT_RETURN, RequestType.WORRY_FREE_REPLACEMENT);

    private final WarrantyPolicy policy = policy();

    @Property(tries = 500)
    void aRefundIsNeverNegativeAndNeverMoreThanThePrice(@ForAll("questions") PolicyQuestion question) {
        PolicyAnswer answer = policy.evaluate(question);

        assertThat(answer.options()).allSatisfy(option -> {
            Money refund = option.money().refund();
            if (refund != null) {
                assertThat(refund.isNegative()).isFalse();
                assertThat(refund.compareTo(question.price())).isLessThanOrEqualTo(0);
            }
            Money depreciation = option.money().depreciation();
            if (depreciation != null) {
                assertThat(depreciation.isNegative()).isFalse();
            }
        });
    }

    @Property(tries = 500)
    void everyRequestTypeGetsExactlyOneOptionAndEveryOptionCarriesATrace(@ForAll("questions") PolicyQuestion question) {
        PolicyAnswer answer = policy.evaluate(question);

        assertThat(answer.options()).extracting(PolicyOption::type).containsExactly(RequestType.values());
        assertThat(answer.options()).allSatisfy(option -> assertThat(option.trace()).isNotEmpty());
    }

    /** A client reads the status from the outcomes: "why not" is the FAILED entries, "what is missing" the INCOMPLETE ones. */
    @Property(tries = 500)
    void theStatusFollowsFromTheOutcomesOfTheTrace(@ForAll("questions") PolicyQuestion question) {
        PolicyAnswer answer = policy.evaluate(question);

        assertThat(answer.options()).allSatisfy(option -> {
            Set<RuleOutcome> outcomes = EnumSet.noneOf(RuleOutcome.class);
            option.trace().stream().map(TraceEntry::outcome).forEach(outcomes::add);
            assertThat(outcomes).doesNotContain(RuleOutcome.UNRECORDED);
            assertThat(outcomes.contains(RuleOutcome.FAILED)).isEqualTo(option.status() == OptionStatus.NOT_ELIGIBLE);
            if (option.status() != OptionStatus.NOT_ELIGIBLE) {
                assertThat(outcomes.contains(RuleOutcome.INCOMPLETE)).isEqualTo(option.status() == OptionStatus.INCOMPLETE);
            }
        });
    }

    @Property(tries = 300)
    void aPurchaseOutsideTheOfficialStoreIsNeverEligible(@ForAll("questions") PolicyQuestion question,
                                                         @ForAll("otherChannels") Channel channel) {
        PolicyAnswer answer = policy.evaluate(PolicyQuestions.withChannel(question, channel));

        assertThat(answer.options()).allSatisfy(option -> {
            assertThat(option.status()).isEqualTo(OptionStatus.NOT_ELIGIBLE);
            assertThat(option.redirect()).isNotNull();
        });
    }

    @Property(tries = 500)
    void aLaterRequestNeverTurnsARefusalOfATimeBoundTypeIntoAnEligibleOption(
            @ForAll("questions") PolicyQuestion question, @ForAll @IntRange(min = 1, max = 900) int daysLater) {
        PolicyQuestion later = withRequestDate(question, question.requestDate().plusDays(daysLater));
        PolicyAnswer before = policy.evaluate(question);
        PolicyAnswer after = policy.evaluate(later);

        for (RequestType type : TIME_BOUND) {
            if (option(before, type).status() == OptionStatus.NOT_ELIGIBLE) {
                assertThat(option(after, type).status()).as(type.name()).isEqualTo(OptionStatus.NOT_ELIGIBLE);
            }
        }
    }

    @Property(tries = 300)
    void aNotEligibleOptionAsksForNothingAndChargesNothing(@ForAll("questions") PolicyQuestion question) {
        assertThat(policy.evaluate(question).options())
                .filteredOn(option -> option.status() == OptionStatus.NOT_ELIGIBLE)
                .allSatisfy(option -> {
                    assertThat(option.requirements()).isEmpty();
                    assertThat(option.shipping()).isEmpty();
                    assertThat(option.money().refund()).isNull();
                });
    }

    @Provide
    Arbitrary<Channel> otherChannels() {
        return Arbitraries.of(Channel.class).filter(channel -> channel != Channel.OFFICIAL_STORE);
    }

    @Provide
    Arbitrary<PolicyQuestion> questions() {
        return new PolicyQuestions().get();
    }


    private static PolicyQuestion withRequestDate(PolicyQuestion q, LocalDate requestDate) {
        return new PolicyQuestion(q.channel(), q.orderNumber(), q.purchaseLink(), q.orderDate(), q.maxEstimatedDeliveryDate(),
                q.shippedDate(), q.deliveredDate(), requestDate, q.price(), q.shippingCost(), q.productModel(), q.cause(),
                q.mediaCount(), q.priorWorryFreeReplacements(), q.carrierDamageProof());
    }
}
