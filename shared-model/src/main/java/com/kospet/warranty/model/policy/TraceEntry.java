package com.kospet.warranty.model.policy;

/**
 * One rule that decided an option: its ID, what it did to the option, and a reason a support agent can read aloud.
 * An entry read from before outcomes were recorded has none and reads as {@link RuleOutcome#UNRECORDED}.
 */
public record TraceEntry(String rule, RuleOutcome outcome, String reason) {

    public TraceEntry {
        outcome = outcome == null ? RuleOutcome.UNRECORDED : outcome;
    }
}
