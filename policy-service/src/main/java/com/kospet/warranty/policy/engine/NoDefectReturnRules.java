package com.kospet.warranty.policy.engine;

import com.kospet.warranty.model.Cause;
import com.kospet.warranty.model.Money;
import com.kospet.warranty.model.RequestType;
import com.kospet.warranty.model.policy.PolicyOption;
import com.kospet.warranty.model.policy.ShippingCharge.Leg;
import com.kospet.warranty.model.policy.ShippingCharge.Payer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * NO_DEFECT_RETURN: ND-1 (a delivered order, the window), ND-2 (depreciation and shipping both ways
 * borne by the buyer; refund = price − depreciation − outbound shipping, never below zero), DB-1.
 */
final class NoDefectReturnRules implements OptionRule {

    @Override
    public RequestType type() {
        return RequestType.NO_DEFECT_RETURN;
    }

    @Override
    public PolicyOption decide(UnitFacts facts, PolicyParameters terms) {
        OptionDraft option = new OptionDraft(type());
        Optional<LocalDate> delivered = facts.deliveredDate();
        if (delivered.isEmpty()) {
            return option.refuse(Rule.ND_1, "needs a delivered order; not delivered yet: see " + RequestType.CANCEL).decide();
        }
        NoDefectReturnWindow window = terms.noDefectReturnWindow();
        LocalDate deadline = window.deadline(facts.orderDate(), delivered.get());
        option.deadline(deadline);
        String reason = "later of " + facts.orderDate().plus(window.afterOrder()) + " (order + " + Days.say(window.afterOrder())
                + ") and " + delivered.get().plus(window.afterDelivery()) + " (delivery + " + Days.say(window.afterDelivery()) + ")";
        if (facts.requestDate().isAfter(deadline)) {
            option.refuse(Rule.ND_1, reason + "; the request on " + facts.requestDate() + " is after it");
        } else {
            option.pass(Rule.ND_1, reason);
        }
        facts.cause().filter(cause -> cause != Cause.NONE).ifPresent(cause -> option.refuse(Rule.ND_1,
                "is for a unit without a problem; " + cause + " is " + (cause.isAccident()
                        ? "an accident: see " + RequestType.WORRY_FREE_REPLACEMENT
                        : "covered by the warranty: see " + RequestType.DEFECT_RETURN + " and " + RequestType.DEFECT_REPLACEMENT)));

        if (!option.isRefused()) {
            charge(option, facts, terms);
        }
        DataBackup.remind(option);
        return option.decide();
    }

    private void charge(OptionDraft option, UnitFacts facts, PolicyParameters terms) {
        Money price = facts.price();
        BigDecimal rate = terms.depreciationRate();
        Money depreciation = price.times(rate);
        Map<Leg, Payer> legs = terms.freight().of(type());
        option.depreciation(depreciation);
        Freight.charge(option, type(), facts, terms);
        String charges = "depreciation " + percent(rate) + " of " + price + " = " + depreciation + "; " + Freight.say(legs);
        Optional<Money> deducted = deductedShipping(legs, facts);
        if (deducted.isPresent()) {
            Money refund = price.minus(depreciation).minus(deducted.get()).atLeastZero();
            option.refund(refund);
            option.apply(Rule.ND_2, charges + "; refund " + price + " − " + depreciation + " − " + deducted.get()
                    + " outbound shipping = " + refund + (refund.isZero() ? " (never below zero)" : ""));
        } else {
            option.apply(Rule.ND_2, charges + "; refund = price − depreciation − outbound shipping, once the shipping cost is known");
        }
    }

    /** The outbound leg the buyer bears comes off the refund; the return leg the buyer pays to the carrier. */
    private static Optional<Money> deductedShipping(Map<Leg, Payer> legs, UnitFacts facts) {
        if (legs.get(Leg.OUTBOUND) != Payer.CUSTOMER) {
            return Optional.of(Money.zero(facts.price().currency()));
        }
        return facts.shippingCost();
    }

    static String percent(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString() + " %";
    }
}
