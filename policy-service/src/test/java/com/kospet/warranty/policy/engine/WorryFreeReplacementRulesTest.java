package com.kospet.warranty.policy.engine;

import com.kospet.warranty.model.Cause;
import com.kospet.warranty.model.Money;
import com.kospet.warranty.model.policy.OptionStatus;
import com.kospet.warranty.model.policy.PolicyOption;
import com.kospet.warranty.model.policy.ShippingCharge;
import com.kospet.warranty.model.policy.ShippingCharge.Leg;
import com.kospet.warranty.model.policy.ShippingCharge.Payer;
import com.kospet.warranty.model.policy.TraceEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;

import static com.kospet.warranty.model.RequestType.WORRY_FREE_REPLACEMENT;
import static com.kospet.warranty.policy.engine.PolicyFixtures.question;
import static com.kospet.warranty.policy.engine.PolicyFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

/** WF-1..6 for WORRY_FREE_REPLACEMENT. */
class WorryFreeReplacementRulesTest {

    private static PolicyFixtures.Question brokenWatch() {
        return question().cause(Cause.BROKEN);
    }

    @ParameterizedTest(name = "asked {0}: {1}")
    @CsvSource(textBlock = """
            # WF-1: open until order + 2 years
            2028-01-10, ELIGIBLE,     2028-01-10
            2028-01-11, NOT_ELIGIBLE, 2028-01-10
            """)
    void worryFreePlusIsOpenForTwoYearsFromTheOrder(String requestDate, OptionStatus status, LocalDate deadline) {
        PolicyOption option = brokenWatch().requestDate(requestDate).ask(WORRY_FREE_REPLACEMENT);

        assertThat(option.status()).isEqualTo(status);
        assertThat(option.deadline()).isEqualTo(deadline);
        if (status == OptionStatus.NOT_ELIGIBLE) {
            assertThat(option.trace()).extracting(TraceEntry::rule).contains("WF-1", "EX-1");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Cause.class, mode = EnumSource.Mode.EXCLUDE, names = {"NONE", "QUALITY_PROBLEM", "TRANSIT_DAMAGE"})
    void everyAccidentCauseOfTheListIsCovered(Cause accident) {
        PolicyOption option = question().cause(accident).ask(WORRY_FREE_REPLACEMENT);

        assertThat(option.status()).isEqualTo(OptionStatus.ELIGIBLE);
        assertThat(option.trace()).anySatisfy(entry -> {
            assertThat(entry.rule()).isEqualTo("WF-2");
            assertThat(entry.reason()).contains(accident.name());
        });
    }

    @ParameterizedTest(name = "{0} points to {1}")
    @CsvSource(textBlock = """
            QUALITY_PROBLEM, DEFECT_REPLACEMENT
            TRANSIT_DAMAGE,  DEFECT_REPLACEMENT
            NONE,            NO_DEFECT_RETURN
            """)
    void causesOutsideTheAccidentListAreNotWorryFreePlus(Cause cause, String pointsTo) {
        PolicyOption option = question().cause(cause).ask(WORRY_FREE_REPLACEMENT);

        assertThat(option.status()).isEqualTo(OptionStatus.NOT_ELIGIBLE);
        assertThat(option.trace()).anySatisfy(entry -> assertThat(entry.reason()).contains(pointsTo));
    }

    @ParameterizedTest(name = "{0} earlier replacements: {1}")
    @CsvSource(textBlock = """
            # WF-3: at most two replacements within the two years; a third is refused
            0, ELIGIBLE
            1, ELIGIBLE
            2, NOT_ELIGIBLE
            3, NOT_ELIGIBLE
            """)
    void atMostTwoWorryFreeReplacementsPerUnit(int prior, OptionStatus status) {
        PolicyOption option = brokenWatch().priorWorryFreeReplacements(prior).ask(WORRY_FREE_REPLACEMENT);

        assertThat(option.status()).isEqualTo(status);
        assertThat(option.trace()).extracting(TraceEntry::rule).contains("WF-3");
    }

    @Test
    void withoutAStatedCountNoEarlierReplacementIsAssumed() {
        assertThat(brokenWatch().priorWorryFreeReplacements(null).ask(WORRY_FREE_REPLACEMENT).status())
                .isEqualTo(OptionStatus.ELIGIBLE);
    }

    @ParameterizedTest(name = "{0} with {1} in {2}: {3}")
    @CsvSource(textBlock = """
            # WF-4: per model and failure category from the table, else the default of the currency
            TANK T3,   WATER_DAMAGE,    USD, 30.00 USD
            tank-t3,   MOISTURE,        USD, 30.00 USD
            TANK T3,   NORMAL_ABRASION, USD, 10.00 USD
            TANK T3,   COLLISION,       USD, 20.00 USD
            ROCK X1,   BROKEN,          USD, 20.00 USD
            ,          BROKEN,          USD, 20.00 USD
            TANK T3,   BROKEN,          EUR, 20.00 EUR
            """)
    void thePriceDifferenceComesFromThePriceTableByModelAndFailureCategory(String model, Cause cause, String currency,
                                                                           String expected) {
        String[] money = expected.split(" ");
        PolicyOption option = question().productModel(model).cause(cause).price(Money.of("199.00", currency))
                .shippingCost(null).ask(WORRY_FREE_REPLACEMENT);

        assertThat(option.money().priceDifference()).isEqualTo(Money.of(money[0], money[1]));
        assertThat(option.money().refund()).isNull();
        assertThat(option.trace()).anySatisfy(entry -> {
            assertThat(entry.rule()).isEqualTo("WF-4");
            assertThat(entry.reason()).contains("estimate until staff confirm");
        });
    }

    @Test
    void withoutAPriceInTheOrdersCurrencyStaffQuoteIt() {
        PolicyOption option = brokenWatch().price(Money.of("19900", "JPY")).shippingCost(null).ask(WORRY_FREE_REPLACEMENT);

        assertThat(option.status()).isEqualTo(OptionStatus.ELIGIBLE);
        assertThat(option.money().priceDifference()).isNull();
        assertThat(option.shipping()).contains(new ShippingCharge(Leg.RETURN, Payer.CUSTOMER, null));
    }

    @Test
    void theCustomerPaysTheBackFreightAndTheStoreTheDispatch() {
        PolicyOption option = brokenWatch().ask(WORRY_FREE_REPLACEMENT);

        assertThat(option.shipping()).containsExactlyInAnyOrder(
                new ShippingCharge(Leg.RETURN, Payer.CUSTOMER, usd("12.00")),
                new ShippingCharge(Leg.DISPATCH, Payer.STORE, null));
    }

    @Test
    void theServiceTimesStateTheReturnShipmentDeadlineInWorkingDays() {
        // Asked Thursday 2026-02-05, confirmed by Friday 02-06; 7 working days skip the weekends and Presidents Day (02-16).
        PolicyOption option = brokenWatch().requestDate("2026-02-05").ask(WORRY_FREE_REPLACEMENT);

        assertThat(option.trace()).anySatisfy(entry -> {
            assertThat(entry.rule()).isEqualTo("WF-6");
            assertThat(entry.reason()).contains("24 hours", "by 2026-02-18 if confirmed on 2026-02-06", "48 hours", "10–30 working days");
        });
        assertThat(option.trace()).extracting(TraceEntry::rule)
                .containsExactly("WF-1", "WF-2", "WF-3", "WF-4", "WF-5", "WF-6", "DB-1");
    }
}
