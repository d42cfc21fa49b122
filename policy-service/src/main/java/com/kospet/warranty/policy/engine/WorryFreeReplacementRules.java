package com.kospet.warranty.policy.engine;

import com.kospet.warranty.model.Cause;
import com.kospet.warranty.model.RequestType;
import com.kospet.warranty.model.policy.PolicyOption;
import com.kospet.warranty.model.policy.ServiceTimes;

import java.time.LocalDate;
import java.util.Optional;

/**
 * WORRY_FREE_REPLACEMENT, WORRY FREE+: WF-1 and EX-1 (the period), WF-2 (accident causes), WF-3 (the limit),
 * WF-4 (price difference), WF-5 (freight), WF-6 (service times), DB-1.
 */
final class WorryFreeReplacementRules implements OptionRule {

    @Override
    public RequestType type() {
        return RequestType.WORRY_FREE_REPLACEMENT;
    }

    @Override
    public PolicyOption decide(UnitFacts facts, PolicyParameters terms) {
        OptionDraft option = new OptionDraft(type());
        WorryFreeTerms worryFree = terms.worryFree();
        LocalDate deadline = facts.orderDate().plus(worryFree.validity());
        option.deadline(deadline);
        String period = deadline + " (order + " + Days.say(worryFree.validity()) + ")";
        if (facts.requestDate().isAfter(deadline)) {
            option.refuse(Rule.WF_1, "open until " + period + "; the request on " + facts.requestDate() + " is after it")
                    .refuse(Rule.EX_1, "no replacement beyond the warranty period");
        } else {
            option.pass(Rule.WF_1, "open until " + period);
        }
        Optional<FailureCategory> category = checkCause(option, facts.cause());
        checkLimit(option, facts, worryFree);

        if (!option.isRefused()) {
            quote(option, facts, worryFree, category);
            Freight.charge(option, type(), facts, terms);
            option.apply(Rule.WF_5, Freight.say(terms.freight().of(type()))
                    + facts.shippingCost().map(cost -> " (" + cost + " a leg)").orElse(""));
            serviceTimes(option, facts, terms);
        }
        DataBackup.remind(option);
        return option.decide();
    }

    /** WF-2: only accident causes; a quality problem is the warranty's (WQ-1). */
    private static Optional<FailureCategory> checkCause(OptionDraft option, Optional<Cause> cause) {
        if (cause.isEmpty()) {
            option.uncheck(Rule.WF_2, "applies to accidents in normal use (misuse, collision, water, abrasion, …); no cause given");
            return Optional.empty();
        }
        Optional<FailureCategory> category = FailureCategory.of(cause.get());
        switch (cause.get().family()) {
            case ACCIDENT -> option.pass(Rule.WF_2, cause.get() + " is covered (" + category.orElseThrow().key() + ")");
            case QUALITY -> option.refuse(Rule.WF_2, "a quality problem is not an accident: the warranty covers it; see "
                    + RequestType.DEFECT_REPLACEMENT);
            case TRANSIT -> option.refuse(Rule.WF_2, "transit damage is not an accident in normal use; see "
                    + RequestType.DEFECT_REPLACEMENT + " with the carrier's proof (EX-4)");
            case NO_PROBLEM -> option.refuse(Rule.WF_2, "the unit has no failure to replace; see " + RequestType.NO_DEFECT_RETURN);
        }
        return category;
    }

    /** WF-3: at most the limit of replacements per unit within its validity. */
    private static void checkLimit(OptionDraft option, UnitFacts facts, WorryFreeTerms worryFree) {
        int prior = facts.priorWorryFreeReplacements();
        int limit = worryFree.replacementLimit();
        String within = " within " + Days.say(worryFree.validity());
        if (prior >= limit) {
            option.refuse(Rule.WF_3, "already replaced " + prior + " time(s); at most " + limit + within);
        } else {
            option.pass(Rule.WF_3, "this would be replacement " + (prior + 1) + " of at most " + limit + within);
        }
    }

    /** WF-4: the price difference from the table, an estimate until staff confirm it. */
    private static void quote(OptionDraft option, UnitFacts facts, WorryFreeTerms worryFree, Optional<FailureCategory> category) {
        worryFree.priceDifferences().quote(facts.productModel(), category, facts.price().currency())
                .ifPresentOrElse(
                        quote -> option.priceDifference(quote.amount()).apply(Rule.WF_4, "price difference " + quote.amount()
                                + " from " + quote.source() + "; an estimate until staff confirm it"),
                        () -> option.apply(Rule.WF_4, "no price difference listed in " + facts.price().currency()
                                + "; staff quote it when they confirm"));
    }

    /** WF-6: the service times, with the return-shipment deadline as it would fall if staff confirm within their time. */
    private static void serviceTimes(OptionDraft option, UnitFacts facts, PolicyParameters terms) {
        ServiceTimes times = terms.serviceTimes();
        LocalDate confirmedBy = facts.requestDate().plusDays(Math.max(1, times.confirmation().toDaysPart()));
        LocalDate shipBackBy = terms.workingDays().plusWorkingDays(confirmedBy, times.returnShipmentWorkingDays());
        option.apply(Rule.WF_6, "the store confirms within " + times.confirmation().toHours() + " hours; the customer ships"
                + " the unit within " + times.returnShipmentWorkingDays() + " working days of that (by " + shipBackBy
                + " if confirmed on " + confirmedBy + "); the new unit ships within " + times.replacementDispatch().toHours()
                + " hours of payment and arrives in " + times.deliveryMinWorkingDays() + "–" + times.deliveryMaxWorkingDays()
                + " working days");
    }
}
