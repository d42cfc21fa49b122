package com.kospet.warranty.policy.engine;

import com.kospet.warranty.model.RequestType;
import com.kospet.warranty.model.policy.PolicyOption;
import com.kospet.warranty.model.policy.Requirement;
import com.kospet.warranty.model.policy.ShippingCharge.Leg;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * DEFECT_REPLACEMENT, the 2-year warranty: DP-1 and EX-1 (the period), WQ-1 and EX-4 (the cause),
 * DP-2 (what the customer supplies), DP-3 (who pays the shipping), EX-2 and EX-3 (decided by staff), DB-1.
 */
final class DefectReplacementRules implements OptionRule {

    @Override
    public RequestType type() {
        return RequestType.DEFECT_REPLACEMENT;
    }

    @Override
    public PolicyOption decide(UnitFacts facts, PolicyParameters terms) {
        OptionDraft option = new OptionDraft(type());
        LocalDate deadline = facts.orderDate().plus(terms.warrantyPeriod());
        option.deadline(deadline);
        String period = deadline + " (order + " + Days.say(terms.warrantyPeriod()) + ")";
        if (facts.requestDate().isAfter(deadline)) {
            option.refuse(Rule.DP_1, "open until " + period + "; the request on " + facts.requestDate() + " is after it")
                    .refuse(Rule.EX_1, "no replacement beyond the warranty period");
        } else {
            option.pass(Rule.DP_1, "open until " + period);
        }

        WarrantyCoverage.check(option, facts);

        if (!option.isRefused()) {
            askForProof(option, facts);
            chargeShipping(option, facts, terms);
            option.apply(Rule.EX_2, "staff check the proof of purchase at review; a missing, forged or tampered proof ends the claim")
                    .apply(Rule.EX_3, "staff test the unit at inspection; no defect found, or damage from unauthorized use or"
                            + " modification, ends the claim (" + RequestType.WORRY_FREE_REPLACEMENT + " covers the latter)");
        }
        DataBackup.remind(option);
        return option.decide();
    }

    /** DP-2: missing proof makes the request incomplete, not refused. */
    private static void askForProof(OptionDraft option, UnitFacts facts) {
        List<Requirement> missing = new ArrayList<>(3);
        if (facts.orderNumber().isEmpty()) {
            missing.add(Requirement.ORDER_NUMBER);
        }
        if (facts.purchaseLink().isEmpty()) {
            missing.add(Requirement.PURCHASE_LINK);
        }
        if (facts.mediaCount() < 1) {
            missing.add(Requirement.MEDIA);
        }
        if (missing.isEmpty()) {
            option.pass(Rule.DP_2, "order number, purchase link and " + facts.mediaCount()
                    + " picture(s) or video(s) of the problem supplied");
        } else {
            option.require(Rule.DP_2, missing, "needs the order number, the purchase link and a video or picture of the"
                    + " problem; missing: " + missing.stream().map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /** DP-3: the unit is free; after the free period the buyer bears the configured legs. */
    private static void chargeShipping(OptionDraft option, UnitFacts facts, PolicyParameters terms) {
        FreeReplacementShipping free = terms.freeReplacementShipping();
        LocalDate lastFreeDay = free.lastDay(facts.orderDate());
        boolean storePays = free.coversRequestOn(facts.orderDate(), facts.requestDate());
        Set<Leg> buyerLegs = storePays ? Set.of() : free.buyerLegsAfterwards();
        Freight.charge(option, terms.freight().of(RequestType.DEFECT_REPLACEMENT), buyerLegs, facts);
        String cost = facts.shippingCost().map(c -> " (" + c + " a leg)").orElse("");
        option.apply(Rule.DP_3, storePays
                ? "the replacement unit is free; requested by " + lastFreeDay + " (order + " + Days.say(free.period())
                        + "): the store bears the shipping"
                : "the replacement unit is free; requested after " + lastFreeDay + " (order + " + Days.say(free.period())
                        + "): the buyer bears the shipping of " + legs(buyerLegs) + cost);
    }

    private static String legs(Set<Leg> legs) {
        return legs.isEmpty() ? "no leg" : legs.stream().sorted().map(leg -> leg.name().toLowerCase())
                .collect(Collectors.joining(" and ")) + (legs.size() == 1 ? " leg" : " legs");
    }
}
