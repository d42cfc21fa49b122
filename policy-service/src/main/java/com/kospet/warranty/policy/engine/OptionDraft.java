package com.kospet.warranty.policy.engine;

import com.kospet.warranty.model.Money;
import com.kospet.warranty.model.RequestType;
import com.kospet.warranty.model.policy.OptionMoney;
import com.kospet.warranty.model.policy.OptionStatus;
import com.kospet.warranty.model.policy.PolicyOption;
import com.kospet.warranty.model.policy.Redirect;
import com.kospet.warranty.model.policy.Requirement;
import com.kospet.warranty.model.policy.RuleOutcome;
import com.kospet.warranty.model.policy.ShippingCharge;
import com.kospet.warranty.model.policy.ShippingCharge.Leg;
import com.kospet.warranty.model.policy.ShippingCharge.Payer;
import com.kospet.warranty.model.policy.TraceEntry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One option while the rules decide it. A rule cites itself with a reason and says, by the method it cites itself
 * with, what it did: passed, refused the option, asked for requirements, applied a term, or could not be checked.
 * The status follows: refused → NOT_ELIGIBLE, else requirements missing → INCOMPLETE, else ELIGIBLE. A refused
 * option carries no money, shipping or requirements: there is nothing to pay or supply.
 */
final class OptionDraft {

    private final RequestType type;
    private final List<TraceEntry> trace = new ArrayList<>(6);
    private final Set<Requirement> requirements = EnumSet.noneOf(Requirement.class);
    private final List<ShippingCharge> shipping = new ArrayList<>(3);
    private boolean refused;
    private LocalDate deadline;
    private Money refund;
    private Money depreciation;
    private Money priceDifference;
    private Redirect redirect;

    OptionDraft(RequestType type) {
        this.type = type;
    }

    /** The rule's condition holds for this unit. */
    OptionDraft pass(Rule rule, String reason) {
        return cite(rule, RuleOutcome.PASSED, reason);
    }

    /** The option is not available; the rule that says so is cited alongside. */
    OptionDraft refuse(Rule rule, String reason) {
        refused = true;
        return cite(rule, RuleOutcome.FAILED, reason);
    }

    /** The rule holds once the customer supplies {@code missing} (at least one). */
    OptionDraft require(Rule rule, List<Requirement> missing, String reason) {
        if (missing.isEmpty()) {
            throw new IllegalArgumentException(rule.id() + " requires nothing: it passed");
        }
        requirements.addAll(missing);
        return cite(rule, RuleOutcome.INCOMPLETE, reason);
    }

    /** A term the rule sets for the option: money, shipping, service times, a duty or a check still to come. */
    OptionDraft apply(Rule rule, String reason) {
        return cite(rule, RuleOutcome.APPLIED, reason);
    }

    /** The question lacks the fact the rule needs; the rule is stated for the customer, not decided. */
    OptionDraft uncheck(Rule rule, String reason) {
        return cite(rule, RuleOutcome.UNCHECKED, reason);
    }

    private OptionDraft cite(Rule rule, RuleOutcome outcome, String reason) {
        trace.add(new TraceEntry(rule.id(), outcome, reason));
        return this;
    }

    OptionDraft deadline(LocalDate day) {
        this.deadline = day;
        return this;
    }

    OptionDraft refund(Money amount) {
        this.refund = amount;
        return this;
    }

    OptionDraft depreciation(Money amount) {
        this.depreciation = amount;
        return this;
    }

    OptionDraft priceDifference(Money amount) {
        this.priceDifference = amount;
        return this;
    }

    /** A shipping leg; its cost is stated when the customer pays it and it is known. */
    OptionDraft ship(Leg leg, Payer payer, Optional<Money> cost) {
        shipping.add(new ShippingCharge(leg, payer, payer == Payer.CUSTOMER ? cost.orElse(null) : null));
        return this;
    }

    OptionDraft redirect(Redirect to) {
        this.redirect = to;
        return this;
    }

    boolean isRefused() {
        return refused;
    }

    PolicyOption decide() {
        if (refused) {
            return new PolicyOption(type, OptionStatus.NOT_ELIGIBLE, deadline, new OptionMoney(null, null, null),
                    List.of(), List.of(), redirect, trace);
        }
        OptionStatus status = requirements.isEmpty() ? OptionStatus.ELIGIBLE : OptionStatus.INCOMPLETE;
        return new PolicyOption(type, status, deadline, new OptionMoney(refund, depreciation, priceDifference),
                shipping, List.copyOf(requirements), redirect, trace);
    }
}
