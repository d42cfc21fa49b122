package com.kospet.warranty.policy.engine;

import com.kospet.warranty.model.Cause;
import com.kospet.warranty.model.Money;
import com.kospet.warranty.model.policy.OptionStatus;
import com.kospet.warranty.model.policy.PolicyOption;
import com.kospet.warranty.model.policy.ShippingCharge;
import com.kospet.warranty.model.policy.ShippingCharge.Leg;
import com.kospet.warranty.model.policy.ShippingCharge.Payer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;

import static com.kospet.warranty.model.RequestType.NO_DEFECT_RETURN;
import static com.kospet.warranty.policy.engine.PolicyFixtures.question;
import static com.kospet.warranty.policy.engine.PolicyFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

/** ND-1 and ND-2 for NO_DEFECT_RETURN. */
class NoDefectReturnRulesTest {

    @ParameterizedTest(name = "order {0}, delivered {1}, asked {2}: {3}, deadline {4}")
    @CsvSource(textBlock = """
            # ND-1: later of (order + 30) and (delivery + 7)
            # order + 30 is later
            2026-01-10, 2026-01-18, 2026-02-09, ELIGIBLE,     2026-02-09
            2026-01-10, 2026-01-18, 2026-02-10, NOT_ELIGIBLE, 2026-02-09
            # delivery + 7 is later
            2026-01-10, 2026-02-05, 2026-02-12, ELIGIBLE,     2026-02-12
            2026-01-10, 2026-02-05, 2026-02-13, NOT_ELIGIBLE, 2026-02-12
            """)
    void aReturnWithoutDefectIsOpenUntilTheLaterOfOrderPlusThirtyAndDeliveryPlusSevenDays(
            String orderDate, String deliveredDate, String requestDate, OptionStatus status, LocalDate deadline) {
        PolicyOption option = question().cause(Cause.NONE).orderDate(orderDate).deliveredDate(deliveredDate)
                .requestDate(requestDate).ask(NO_DEFECT_RETURN);

        assertThat(option.status()).isEqualTo(status);
        assertThat(option.deadline()).isEqualTo(deadline);
    }

    @Test
    void anOrderNotYetDeliveredCannotBeReturnedButCancelled() {
        PolicyOption option = question().cause(Cause.NONE).deliveredDate(null).ask(NO_DEFECT_RETURN);

        assertThat(option.status()).isEqualTo(OptionStatus.NOT_ELIGIBLE);
        assertThat(option.deadline()).isNull();
        assertThat(option.trace()).singleElement().satisfies(entry -> {
            assertThat(entry.rule()).isEqualTo("ND-1");
            assertThat(entry.reason()).contains("CANCEL");
        });
    }

    @ParameterizedTest(name = "price {0}, shipping {1}: depreciation {2}, refund {3}")
    @CsvSource(textBlock = """
            # ND-2: depreciation 70 % of the price; refund = price - depreciation - outbound shipping, never below zero
            199.00, 12.00, 139.30, 47.70
            100.00, 0.00,  70.00,  30.00
            30.00,  12.00, 21.00,  0.00
            # rounding is half-even to the cent: 0.55 x 0.70 = 0.385 -> 0.38
            0.55,   0.00,  0.38,   0.17
            """)
    void theBuyerBearsSeventyPercentDepreciationAndShippingBothWays(String price, String shipping, String depreciation,
                                                                    String refund) {
        PolicyOption option = question().cause(Cause.NONE).price(usd(price)).shippingCost(usd(shipping)).ask(NO_DEFECT_RETURN);

        assertThat(option.status()).isEqualTo(OptionStatus.ELIGIBLE);
        assertThat(option.money().depreciation()).isEqualTo(usd(depreciation));
        assertThat(option.money().refund()).isEqualTo(usd(refund));
        assertThat(option.shipping()).containsExactly(
                new ShippingCharge(Leg.OUTBOUND, Payer.CUSTOMER, usd(shipping)),
                new ShippingCharge(Leg.RETURN, Payer.CUSTOMER, usd(shipping)));
    }

    @Test
    void withoutTheOrdersShippingCostTheConfiguredDefaultForTheCurrencyApplies() {
        PolicyOption option = question().cause(Cause.NONE).shippingCost(null).ask(NO_DEFECT_RETURN);

        assertThat(option.money().refund()).isEqualTo(usd("47.70"));
        assertThat(option.shipping()).allSatisfy(leg -> assertThat(leg.cost()).isEqualTo(usd("12.00")));
    }

    @Test
    void withoutAnyShippingCostForTheCurrencyTheRefundIsLeftOpen() {
        PolicyOption option = question().cause(Cause.NONE).price(Money.of("19900", "JPY")).shippingCost(null)
                .ask(NO_DEFECT_RETURN);

        assertThat(option.status()).isEqualTo(OptionStatus.ELIGIBLE);
        assertThat(option.money().depreciation()).isEqualTo(Money.of("13930", "JPY"));
        assertThat(option.money().refund()).isNull();
        assertThat(option.trace()).anySatisfy(entry -> assertThat(entry.reason()).contains("once the shipping cost is known"));
    }

    @Test
    void aChangeOfMindWithoutAStatedCauseIsAReturnWithoutDefect() {
        assertThat(question().cause(null).ask(NO_DEFECT_RETURN).status()).isEqualTo(OptionStatus.ELIGIBLE);
    }

    @ParameterizedTest
    @EnumSource(value = Cause.class, names = {"NONE"}, mode = EnumSource.Mode.EXCLUDE)
    void aUnitWithAProblemIsSentToTheTypeThatCoversIt(Cause cause) {
        PolicyOption option = question().cause(cause).ask(NO_DEFECT_RETURN);

        assertThat(option.status()).isEqualTo(OptionStatus.NOT_ELIGIBLE);
        assertThat(option.trace()).last().satisfies(entry -> assertThat(entry.reason())
                .contains(cause.isAccident() ? "WORRY_FREE_REPLACEMENT" : "DEFECT_RETURN"));
    }
}
