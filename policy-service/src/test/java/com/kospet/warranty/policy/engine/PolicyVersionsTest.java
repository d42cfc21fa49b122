package com.kospet.warranty.policy.engine;

import com.kospet.warranty.model.Cause;
import com.kospet.warranty.model.policy.PolicyAnswer;
import com.kospet.warranty.model.policy.PolicyOption;
import com.kospet.warranty.model.policy.ServiceTimes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;

import static com.kospet.warranty.model.RequestType.DEFECT_RETURN;
import static com.kospet.warranty.model.RequestType.NO_DEFECT_RETURN;
import static com.kospet.warranty.model.RequestType.WORRY_FREE_REPLACEMENT;
import static com.kospet.warranty.policy.engine.PolicyFixtures.TODAY_2026_02_05;
import static com.kospet.warranty.policy.engine.PolicyFixtures.option;
import static com.kospet.warranty.policy.engine.PolicyFixtures.question;
import static com.kospet.warranty.policy.engine.PolicyFixtures.usd;
import static com.kospet.warranty.policy.engine.PolicyFixtures.version2024;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A customer keeps the terms they bought under: the version in force on the order date answers. */
class PolicyVersionsTest {

    /** WF-6 of the later version: everything faster than in 2024-01. */
    private static final ServiceTimes FASTER = new ServiceTimes(Duration.ofHours(12), 5, Period.ofDays(3),
            Duration.ofHours(24), 5, 20);

    /** A later version: 45 days to return a defect, 50 % depreciation, faster service. */
    private static PolicyParameters version2026() {
        PolicyParameters p = version2024();
        return new PolicyParameters("2026-06", LocalDate.of(2026, 6, 1), p.zone(), p.workingDays(),
                new DefectReturnWindow(Period.ofDays(7), Period.ofDays(45)), p.warrantyPeriod(),
                p.freeReplacementShipping(), p.noDefectReturnWindow(), new BigDecimal("0.50"), p.worryFree(), p.freight(),
                FASTER, p.shippingCosts(), p.redirects());
    }

    private final WarrantyPolicy policy = new WarrantyPolicy(PolicyVersions.of(version2026(), version2024()), TODAY_2026_02_05);

    @ParameterizedTest(name = "ordered {0}: version {1}, defect return until {2}, depreciation {3}")
    @CsvSource(textBlock = """
            2026-05-30, 2024-01, 2026-06-29, 139.30
            2026-05-31, 2024-01, 2026-06-30, 139.30
            2026-06-01, 2026-06, 2026-07-16, 99.50
            2026-06-02, 2026-06, 2026-07-17, 99.50
            """)
    void aLaterVersionChangesAnswersOnlyForOrdersPlacedFromItsEffectiveDate(
            String orderDate, String version, LocalDate defectReturnDeadline, String depreciation) {
        PolicyAnswer answer = policy.evaluate(question().orderDate(orderDate).maxEstimatedDeliveryDate(null)
                .shippedDate(orderDate).deliveredDate(orderDate).requestDate(orderDate).cause(Cause.NONE).build());

        assertThat(answer.policyVersion()).isEqualTo(version);
        assertThat(option(answer, DEFECT_RETURN).deadline()).isEqualTo(defectReturnDeadline);
        PolicyOption noDefect = option(answer, NO_DEFECT_RETURN);
        assertThat(noDefect.money().depreciation()).isEqualTo(usd(depreciation));
    }

    @ParameterizedTest(name = "ordered {0}: the service times of {1}")
    @CsvSource(textBlock = """
            2026-05-31, 2024-01
            2026-06-01, 2026-06
            """)
    void theAnswerCarriesTheServiceTimesOfTheVersionInForceOnTheOrderDate(String orderDate, String version) {
        PolicyAnswer answer = policy.evaluate(question().orderDate(orderDate).maxEstimatedDeliveryDate(null)
                .shippedDate(orderDate).deliveredDate(orderDate).requestDate("2026-06-10").cause(Cause.BROKEN).build());

        assertThat(answer.policyVersion()).isEqualTo(version);
        ServiceTimes expected = version.equals("2026-06") ? FASTER : version2024().serviceTimes();
        assertThat(answer.serviceTimes()).isEqualTo(expected);
        assertThat(option(answer, WORRY_FREE_REPLACEMENT).trace()).anySatisfy(entry -> assertThat(entry.reason())
                .contains(expected.confirmation().toHours() + " hours", expected.returnShipmentWorkingDays() + " working days",
                        expected.deliveryMinWorkingDays() + "–" + expected.deliveryMaxWorkingDays() + " working days"));
    }

    @Test
    void anOrderPlacedBeforeANewVersionKeepsItsTermsWhenAskedAfterIt() {
        PolicyAnswer answer = policy.evaluate(question().orderDate("2026-05-20").shippedDate(null).deliveredDate("2026-05-25")
                .maxEstimatedDeliveryDate(null).requestDate("2026-06-10").cause(Cause.NONE).build());

        assertThat(answer.policyVersion()).isEqualTo("2024-01");
    }

    @Test
    void theAnswerIsDatedOnTheRequestDateOrTodayInThePolicysZone() {
        assertThat(policy.evaluate(question().requestDate((String) null).build()).evaluatedOn()).isEqualTo("2026-02-05");
        assertThat(policy.evaluate(question().requestDate("2026-02-07").build()).evaluatedOn()).isEqualTo("2026-02-07");
    }

    @Test
    void versionsNeedDistinctEffectiveDates() {
        PolicyParameters p = version2024();
        PolicyParameters sameDay = new PolicyParameters("2024-02", p.effectiveFrom(), p.zone(), p.workingDays(),
                p.defectReturnWindow(), p.warrantyPeriod(), p.freeReplacementShipping(), p.noDefectReturnWindow(),
                p.depreciationRate(), p.worryFree(), p.freight(), p.serviceTimes(), p.shippingCosts(), p.redirects());

        assertThatThrownBy(() -> PolicyVersions.of(p, sameDay)).isInstanceOf(IllegalArgumentException.class);
    }
}
