package com.kospet.warranty.policy.engine;

import com.kospet.warranty.model.policy.OptionStatus;
import com.kospet.warranty.model.policy.PolicyOption;
import com.kospet.warranty.model.policy.ShippingCharge;
import com.kospet.warranty.model.policy.ShippingCharge.Leg;
import com.kospet.warranty.model.policy.ShippingCharge.Payer;
import com.kospet.warranty.model.policy.TraceEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.kospet.warranty.model.RequestType.CANCEL;
import static com.kospet.warranty.policy.engine.PolicyFixtures.question;
import static com.kospet.warranty.policy.engine.PolicyFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

/** CX-1..3 for CANCEL. */
class CancellationRulesTest {

    @ParameterizedTest(name = "shipped {0}, delivered {1}: {2} by {3}, refund {4}")
    @CsvSource(textBlock = """
            # shipped,  delivered,  status,       rule, refund
            ,           ,           ELIGIBLE,     CX-1, 199.00
            2026-01-12, ,           ELIGIBLE,     CX-2, 187.00
            2026-01-12, 2026-01-18, NOT_ELIGIBLE, CX-3,
            # delivered without a recorded ship date: it was shipped all the same
            ,           2026-01-18, NOT_ELIGIBLE, CX-3,
            """)
    void cancellingDependsOnWhetherTheOrderWasShippedOrDelivered(String shipped, String delivered, OptionStatus status,
                                                                 String rule, String refund) {
        PolicyOption option = question().shippedDate(shipped).deliveredDate(delivered).ask(CANCEL);

        assertThat(option.status()).isEqualTo(status);
        assertThat(option.trace()).extracting(TraceEntry::rule).containsExactly(rule);
        assertThat(option.money().refund()).isEqualTo(refund == null ? null : usd(refund));
        assertThat(option.deadline()).isNull();
    }

    @Test
    void cancellingBeforeShipmentIsFree() {
        PolicyOption option = question().notShippedYet().ask(CANCEL);

        assertThat(option.shipping()).isEmpty();
        assertThat(option.money().depreciation()).isEqualTo(usd("0.00"));
    }

    @Test
    void afterShipmentTheBuyerRefusesThePackageAndBearsTheShippingCost() {
        PolicyOption option = question().deliveredDate(null).ask(CANCEL);

        assertThat(option.shipping()).containsExactly(new ShippingCharge(Leg.OUTBOUND, Payer.CUSTOMER, usd("12.00")));
        assertThat(option.trace().get(0).reason()).contains("refuses the package", "12.00 USD", "187.00 USD");
    }

    @Test
    void theRefundNeverGoesBelowZero() {
        PolicyOption option = question().deliveredDate(null).price(usd("10.00")).shippingCost(usd("12.00")).ask(CANCEL);

        assertThat(option.money().refund()).isEqualTo(usd("0.00"));
    }

    @Test
    void afterDeliveryTheAnswerPointsToTheReturnTypes() {
        PolicyOption option = question().ask(CANCEL);

        assertThat(option.trace().get(0).reason()).contains("DEFECT_RETURN", "NO_DEFECT_RETURN");
    }
}
