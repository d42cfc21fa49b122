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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.kospet.warranty.model.RequestType.DEFECT_RETURN;
import static com.kospet.warranty.policy.engine.PolicyFixtures.question;
import static com.kospet.warranty.policy.engine.PolicyFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

/** DR-1, DR-2, WQ-1, EX-4 for DEFECT_RETURN. */
class DefectReturnRulesTest {

    @ParameterizedTest(name = "order {0}, delivery window until {1}, asked {2}: {3}, deadline {4}")
    @CsvSource(textBlock = """
            # order date, max est. delivery, request date, status,       deadline    -- DR-1: later of (window + 7) and (order + 30)
            # order + 30 is later: its last day is in time
            2026-01-10,   2026-01-20,        2026-02-09,   ELIGIBLE,     2026-02-09
            # ... and the day after is late
            2026-01-10,   2026-01-20,        2026-02-10,   NOT_ELIGIBLE, 2026-02-09
            # window + 7 is later: its last day is in time
            2026-01-10,   2026-02-10,        2026-02-17,   ELIGIBLE,     2026-02-17
            # ... and the day after is late
            2026-01-10,   2026-02-10,        2026-02-18,   NOT_ELIGIBLE, 2026-02-17
            # both fall on the same day
            2026-01-10,   2026-02-02,        2026-02-09,   ELIGIBLE,     2026-02-09
            # no delivery window: order + 30
            2026-01-10,   ,                  2026-02-09,   ELIGIBLE,     2026-02-09
            2026-01-10,   ,                  2026-02-10,   NOT_ELIGIBLE, 2026-02-09
            # asked on the order day
            2026-01-10,   2026-01-20,        2026-01-10,   ELIGIBLE,     2026-02-09
            """)
    void defectReturnIsOpenUntilTheLaterOfDeliveryWindowPlusSevenDaysAndOrderPlusThirtyDays(
            String orderDate, String maxEstimatedDelivery, String requestDate, OptionStatus status, LocalDate deadline) {
        PolicyOption option = question().orderDate(orderDate).maxEstimatedDeliveryDate(maxEstimatedDelivery)
                .shippedDate(null).deliveredDate(null).requestDate(requestDate).ask(DEFECT_RETURN);

        assertThat(option.status()).isEqualTo(status);
        assertThat(option.deadline()).isEqualTo(deadline);
        assertThat(option.trace().get(0).rule()).isEqualTo("DR-1");
    }

    @Test
    void theDeadlineIsExplainedAsTheContractShowsIt() {
        PolicyOption option = question().ask(DEFECT_RETURN);

        assertThat(option.trace()).first().isEqualTo(new TraceEntry("DR-1", RuleOutcome.PASSED,
                "later of 2026-01-27 (delivery window + 7 days) and 2026-02-09 (order + 30 days)"));
    }

    @ParameterizedTest(name = "asked {0}: DR-1 {1}, then {2}")
    @CsvSource(textBlock = """
            # request date, DR-1,   the rules after it                          -- deadline 2026-02-09
            2026-02-09,     PASSED, WQ-1 PASSED; DR-2 APPLIED; DB-1 APPLIED
            2026-02-10,     FAILED, WQ-1 PASSED
            """)
    void eachRuleSaysWhatItDidToTheOptionOnEitherSideOfTheDeadline(String requestDate, RuleOutcome window, String after) {
        PolicyOption option = question().cause(Cause.QUALITY_PROBLEM).requestDate(requestDate).ask(DEFECT_RETURN);

        List<String> expected = new ArrayList<>(List.of("DR-1 " + window));
        expected.addAll(List.of(after.split("; ")));
        assertThat(option.trace()).extracting(entry -> entry.rule() + " " + entry.outcome())
                .containsExactlyElementsOf(expected);
    }

    @Test
    void aLateRequestSaysOnWhichDayItCame() {
        PolicyOption option = question().requestDate("2026-02-10").ask(DEFECT_RETURN);

        assertThat(option.trace().get(0).reason()).contains("the request on 2026-02-10 is after it");
        assertThat(option.money().refund()).isNull();
        assertThat(option.shipping()).isEmpty();
    }

    @Test
    void aDefectReturnIsRefundedInFullAndTheStorePaysTheReturn() {
        PolicyOption option = question().ask(DEFECT_RETURN);

        assertThat(option.status()).isEqualTo(OptionStatus.ELIGIBLE);
        assertThat(option.money().refund()).isEqualTo(usd("199.00"));
        assertThat(option.money().depreciation()).isEqualTo(usd("0.00"));
        assertThat(option.money().priceDifference()).isNull();
        assertThat(option.shipping()).containsExactly(new ShippingCharge(Leg.RETURN, Payer.STORE, null));
        assertThat(option.requirements()).isEmpty();
        assertThat(option.trace()).extracting(TraceEntry::rule).containsExactly("DR-1", "WQ-1", "DR-2", "DB-1");
    }

    @Test
    void aQualityProblemIsCovered() {
        assertThat(question().cause(Cause.QUALITY_PROBLEM).ask(DEFECT_RETURN).status()).isEqualTo(OptionStatus.ELIGIBLE);
    }

    @Test
    void transitDamageWithoutTheCarriersProofIsIncompleteUntilTheProofIsSupplied() {
        PolicyOption option = question().cause(Cause.TRANSIT_DAMAGE).carrierDamageProof(null).ask(DEFECT_RETURN);

        assertThat(option.status()).isEqualTo(OptionStatus.INCOMPLETE);
        assertThat(option.requirements()).containsExactly(Requirement.CARRIER_DAMAGE_PROOF);
        assertThat(option.trace()).extracting(TraceEntry::rule).contains("EX-4");
    }

    @Test
    void transitDamageWithTheCarriersProofIsCovered() {
        PolicyOption option = question().cause(Cause.TRANSIT_DAMAGE).carrierDamageProof(true).ask(DEFECT_RETURN);

        assertThat(option.status()).isEqualTo(OptionStatus.ELIGIBLE);
        assertThat(option.requirements()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Cause.class, mode = EnumSource.Mode.EXCLUDE, names = {"NONE", "QUALITY_PROBLEM", "TRANSIT_DAMAGE"})
    void anAccidentIsSteeredToWorryFreePlus(Cause cause) {
        PolicyOption option = question().cause(cause).ask(DEFECT_RETURN);

        assertThat(option.status()).isEqualTo(OptionStatus.NOT_ELIGIBLE);
        assertThat(option.trace()).anySatisfy(entry -> {
            assertThat(entry.rule()).isEqualTo("WQ-1");
            assertThat(entry.reason()).contains("WORRY_FREE_REPLACEMENT");
        });
    }

    @Test
    void aUnitThatWorksIsNotADefectReturn() {
        PolicyOption option = question().cause(Cause.NONE).ask(DEFECT_RETURN);

        assertThat(option.status()).isEqualTo(OptionStatus.NOT_ELIGIBLE);
        assertThat(option.trace()).anySatisfy(entry -> assertThat(entry.reason()).contains("NO_DEFECT_RETURN"));
    }

    @Test
    void withoutACauseTheOptionIsJudgedOnItsDatesAndSaysWhatItCovers() {
        PolicyOption option = question().cause(null).ask(DEFECT_RETURN);

        assertThat(option.status()).isEqualTo(OptionStatus.ELIGIBLE);
        assertThat(option.trace()).anySatisfy(entry -> assertThat(entry.reason()).contains("no cause given"));
    }
}
