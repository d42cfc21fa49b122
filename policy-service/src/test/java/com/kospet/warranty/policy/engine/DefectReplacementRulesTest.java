package com.kospet.warranty.policy.engine;

import com.kospet.warranty.model.Cause;
import com.kospet.warranty.model.policy.OptionStatus;
import com.kospet.warranty.model.policy.PolicyOption;
import com.kospet.warranty.model.policy.Requirement;
import com.kospet.warranty.model.policy.RuleOutcome;
import com.kospet.warranty.model.policy.ShippingCharge;
import com.kospet.warranty.model.policy.ShippingCharge.Leg;
import com.kospet.warranty.model.policy.ShippingCharge.Payer;
import com.kospet.warranty.model.policy.TraceEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;

import static com.kospet.warranty.model.RequestType.DEFECT_REPLACEMENT;
import static com.kospet.warranty.policy.engine.PolicyFixtures.option;
import static com.kospet.warranty.policy.engine.PolicyFixtures.question;
import static com.kospet.warranty.policy.engine.PolicyFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

/** DP-1..3, EX-1..4 and WQ-1 for DEFECT_REPLACEMENT. */
class DefectReplacementRulesTest {

    @ParameterizedTest(name = "order {0}, asked {1}: {2}, deadline {3}")
    @CsvSource(textBlock = """
            # DP-1: open until order + 2 years; the last day is in time, the day after is not (EX-1)
            2026-01-10, 2028-01-10, ELIGIBLE,     2028-01-10
            2026-01-10, 2028-01-11, NOT_ELIGIBLE, 2028-01-10
            # an order on a leap day: two years later is 28 February
            2024-02-29, 2026-02-28, ELIGIBLE,     2026-02-28
            2024-02-29, 2026-03-01, NOT_ELIGIBLE, 2026-02-28
            """)
    void defectReplacementIsOpenForTwoYearsFromTheOrder(String orderDate, String requestDate, OptionStatus status,
                                                         LocalDate deadline) {
        PolicyOption option = question().orderDate(orderDate).maxEstimatedDeliveryDate(null).shippedDate(null)
                .deliveredDate(null).requestDate(requestDate).ask(DEFECT_REPLACEMENT);

        assertThat(option.status()).isEqualTo(status);
        assertThat(option.deadline()).isEqualTo(deadline);
    }

    @Test
    void beyondTheWarrantyPeriodTheAnswerCitesTheExclusion() {
        PolicyOption option = question().requestDate("2028-01-11").ask(DEFECT_REPLACEMENT);

        assertThat(option.trace()).extracting(TraceEntry::rule).startsWith("DP-1", "EX-1");
    }

    @ParameterizedTest(name = "order number {0}, purchase link {1}, media {2}: {3} {4}")
    @CsvSource(textBlock = """
            # DP-2: what is missing makes the request incomplete, not refused
            KP-1, https://x/1, 1, ELIGIBLE,
            ,     https://x/1, 1, INCOMPLETE, ORDER_NUMBER
            KP-1, ,            1, INCOMPLETE, PURCHASE_LINK
            KP-1, https://x/1, 0, INCOMPLETE, MEDIA
            KP-1, https://x/1,  , INCOMPLETE, MEDIA
            ,     ,            0, INCOMPLETE, ORDER_NUMBER PURCHASE_LINK MEDIA
            """)
    void aDefectReplacementNeedsTheOrderNumberThePurchaseLinkAndAPictureOrVideo(
            String orderNumber, String purchaseLink, Integer media, OptionStatus status, String missing) {
        PolicyOption option = question().orderNumber(orderNumber).purchaseLink(purchaseLink).mediaCount(media)
                .ask(DEFECT_REPLACEMENT);

        assertThat(option.status()).isEqualTo(status);
        Requirement[] expected = missing == null ? new Requirement[0]
                : Arrays.stream(missing.split(" ")).map(Requirement::valueOf).toArray(Requirement[]::new);
        assertThat(option.requirements()).containsExactlyInAnyOrder(expected);
    }

    @Test
    void aBlankOrderNumberCountsAsMissing() {
        assertThat(question().orderNumber("  ").ask(DEFECT_REPLACEMENT).requirements()).containsExactly(Requirement.ORDER_NUMBER);
    }

    @Test
    void transitDamageNeedsTheCarriersProofBesideTheOtherRequirements() {
        PolicyOption option = question().cause(Cause.TRANSIT_DAMAGE).mediaCount(0).ask(DEFECT_REPLACEMENT);

        assertThat(option.status()).isEqualTo(OptionStatus.INCOMPLETE);
        assertThat(option.requirements()).containsExactlyInAnyOrder(Requirement.CARRIER_DAMAGE_PROOF, Requirement.MEDIA);
    }

    @Test
    void theRulesThatAskForSomethingSayItIsMissingAndTheOthersThatTheyPassedOrApply() {
        PolicyOption option = question().cause(Cause.TRANSIT_DAMAGE).mediaCount(0).ask(DEFECT_REPLACEMENT);

        assertThat(option.trace()).extracting(entry -> entry.rule() + " " + entry.outcome()).containsExactly(
                "DP-1 PASSED", "EX-4 INCOMPLETE", "DP-2 INCOMPLETE", "DP-3 APPLIED", "EX-2 APPLIED", "EX-3 APPLIED",
                "DB-1 APPLIED");
    }

    @Test
    void withoutACauseTheCoverageRuleIsStatedButNotChecked() {
        PolicyOption option = question().cause(null).ask(DEFECT_REPLACEMENT);

        assertThat(option.trace()).filteredOn(entry -> entry.rule().equals("WQ-1"))
                .extracting(TraceEntry::outcome).containsExactly(RuleOutcome.UNCHECKED);
    }

    @Test
    void pastTheWarrantyPeriodTheExclusionFailsBesideThePeriod() {
        PolicyOption option = question().requestDate("2028-01-11").ask(DEFECT_REPLACEMENT);

        assertThat(option.trace()).extracting(entry -> entry.rule() + " " + entry.outcome())
                .startsWith("DP-1 FAILED", "EX-1 FAILED");
    }

    @ParameterizedTest
    @EnumSource(value = Cause.class, mode = EnumSource.Mode.EXCLUDE, names = {"NONE", "QUALITY_PROBLEM", "TRANSIT_DAMAGE"})
    void physicalDamageIsNotCoveredByTheWarranty(Cause accident) {
        PolicyOption option = question().cause(accident).ask(DEFECT_REPLACEMENT);

        assertThat(option.status()).isEqualTo(OptionStatus.NOT_ELIGIBLE);
        assertThat(option.requirements()).isEmpty();
        assertThat(option.trace()).anySatisfy(entry -> {
            assertThat(entry.rule()).isEqualTo("WQ-1");
            assertThat(entry.reason()).contains("WORRY_FREE_REPLACEMENT");
        });
    }

    @ParameterizedTest(name = "asked {0}: return paid by {1}, dispatch paid by {2}")
    @CsvSource(textBlock = """
            # DP-3: the unit is free; the store bears the shipping up to order + 30 days, the buyer both legs after
            2026-01-10, STORE,    STORE
            2026-02-09, STORE,    STORE
            2026-02-10, CUSTOMER, CUSTOMER
            2027-06-01, CUSTOMER, CUSTOMER
            """)
    void theBuyerBearsTheShippingOfAReplacementRequestedMoreThanThirtyDaysAfterTheOrder(
            String requestDate, Payer returnPayer, Payer dispatchPayer) {
        PolicyOption option = question().requestDate(requestDate).ask(DEFECT_REPLACEMENT);

        assertThat(option.shipping()).extracting(ShippingCharge::leg, ShippingCharge::payer)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Leg.RETURN, returnPayer),
                        org.assertj.core.groups.Tuple.tuple(Leg.DISPATCH, dispatchPayer));
        assertThat(option.money().refund()).isNull();
        assertThat(option.money().priceDifference()).isNull();
        assertThat(option.trace()).extracting(TraceEntry::rule).contains("DP-3");
    }

    @Test
    void theShippingTheBuyerBearsIsPricedAtTheOrdersShippingCost() {
        PolicyOption option = question().requestDate("2026-02-10").shippingCost(usd("9.50")).ask(DEFECT_REPLACEMENT);

        assertThat(option.shipping()).allSatisfy(leg -> assertThat(leg.cost()).isEqualTo(usd("9.50")));
    }

    @Test
    void whichLegsTheBuyerBearsAfterThirtyDaysIsConfiguration() {
        PolicyParameters onlyDispatch = withBuyerLegs(Set.of(Leg.DISPATCH));
        var policy = new WarrantyPolicy(PolicyVersions.of(onlyDispatch), Clock.systemUTC());

        PolicyOption option = option(policy.evaluate(question().requestDate("2026-03-01").build()), DEFECT_REPLACEMENT);

        assertThat(option.shipping()).containsExactlyInAnyOrder(
                new ShippingCharge(Leg.RETURN, Payer.STORE, null),
                new ShippingCharge(Leg.DISPATCH, Payer.CUSTOMER, usd("12.00")));
    }

    @Test
    void staffDecidedExclusionsAreNamedOnAnOpenReplacement() {
        assertThat(question().ask(DEFECT_REPLACEMENT).trace()).extracting(TraceEntry::rule).contains("EX-2", "EX-3", "DB-1");
    }

    private static PolicyParameters withBuyerLegs(Set<Leg> legs) {
        PolicyParameters p = PolicyFixtures.version2024();
        return new PolicyParameters(p.version(), p.effectiveFrom(), p.zone(), p.workingDays(), p.defectReturnWindow(),
                p.warrantyPeriod(), new FreeReplacementShipping(p.freeReplacementShipping().period(), legs),
                p.noDefectReturnWindow(), p.depreciationRate(), p.worryFree(), p.freight(), p.serviceTimes(),
                p.shippingCosts(), p.redirects());
    }
}
