package com.kospet.warranty.policy.engine;

import com.kospet.warranty.model.Money;
import com.kospet.warranty.model.RequestType;
import com.kospet.warranty.model.policy.PolicyOption;
import com.kospet.warranty.model.policy.ShippingCharge.Leg;
import com.kospet.warranty.model.policy.ShippingCharge.Payer;

import java.util.Map;

/**
 * CANCEL: CX-1 before shipment (free, full refund), CX-2 after shipment and before delivery (refuse the
 * package, bear the shipping cost), CX-3 after delivery (no cancellation: the return types apply).
 */
final class CancellationRules implements OptionRule {

    @Override
    public RequestType type() {
        return RequestType.CANCEL;
    }

    @Override
    public PolicyOption decide(UnitFacts facts, PolicyParameters terms) {
        OptionDraft option = new OptionDraft(type());
        Money price = facts.price();
        if (facts.deliveredDate().isPresent()) {
            return option.refuse(Rule.CX_3, "delivered on " + facts.deliveredDate().get() + ": an order can no longer be"
                    + " cancelled after delivery; see " + RequestType.DEFECT_RETURN + " or " + RequestType.NO_DEFECT_RETURN).decide();
        }
        option.depreciation(Money.zero(price.currency()));
        if (!facts.isShipped()) {
            return option.refund(price)
                    .apply(Rule.CX_1, "not shipped yet: the cancellation is free, full refund of " + price)
                    .decide();
        }
        Map<Leg, Payer> legs = terms.freight().of(type());
        Freight.charge(option, type(), facts, terms);
        String shipped = "shipped on " + facts.shippedDate().get() + ", not delivered yet: the buyer refuses the package at"
                + " delivery and bears the shipping cost";
        if (legs.get(Leg.OUTBOUND) != Payer.CUSTOMER) {
            return option.refund(price).apply(Rule.CX_2, shipped + "; full refund of " + price).decide();
        }
        facts.shippingCost().ifPresentOrElse(
                cost -> {
                    Money refund = price.minus(cost).atLeastZero();
                    option.refund(refund).apply(Rule.CX_2, shipped + " of " + cost + "; refund " + price + " − " + cost
                            + " = " + refund);
                },
                () -> option.apply(Rule.CX_2, shipped + "; refund = price − shipping cost, once the shipping cost is known"));
        return option.decide();
    }
}
