package com.kospet.warranty.policy.engine;

import com.kospet.warranty.model.Money;
import com.kospet.warranty.model.RequestType;
import com.kospet.warranty.model.policy.PolicyOption;

import java.time.LocalDate;

/** DEFECT_RETURN: DR-1 (the window), WQ-1 and EX-4 (the cause), DR-2 (full refund, store pays the return), DB-1. */
final class DefectReturnRules implements OptionRule {

    @Override
    public RequestType type() {
        return RequestType.DEFECT_RETURN;
    }

    @Override
    public PolicyOption decide(UnitFacts facts, PolicyParameters terms) {
        OptionDraft option = new OptionDraft(type());
        DefectReturnWindow window = terms.defectReturnWindow();
        LocalDate deadline = window.deadline(facts.orderDate(), facts.maxEstimatedDeliveryDate());
        option.deadline(deadline);
        String reason = facts.maxEstimatedDeliveryDate()
                .map(delivery -> "later of " + delivery.plus(window.afterDeliveryWindow())
                        + " (delivery window + " + Days.say(window.afterDeliveryWindow()) + ") and "
                        + facts.orderDate().plus(window.afterOrder()) + " (order + " + Days.say(window.afterOrder()) + ")")
                .orElse(deadline + " (order + " + Days.say(window.afterOrder()) + "; no delivery window given)");
        if (facts.requestDate().isAfter(deadline)) {
            option.refuse(Rule.DR_1, reason + "; the request on " + facts.requestDate() + " is after it");
        } else {
            option.pass(Rule.DR_1, reason);
        }

        WarrantyCoverage.check(option, facts);

        if (!option.isRefused()) {
            Money price = facts.price();
            option.refund(price).depreciation(Money.zero(price.currency()));
            Freight.charge(option, type(), facts, terms);
            option.apply(Rule.DR_2, "full refund of " + price + "; " + Freight.say(terms.freight().of(type())));
        }
        DataBackup.remind(option);
        return option.decide();
    }
}
