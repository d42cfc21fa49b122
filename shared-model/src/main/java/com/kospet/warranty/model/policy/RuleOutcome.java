package com.kospet.warranty.model.policy;

/**
 * What one rule did to an option, set by the engine where the rule is applied, so a client can show "why not"
 * (the FAILED entries) or "what is missing" (the INCOMPLETE ones) without reading the reasons.
 */
public enum RuleOutcome {
    /** The rule's condition holds for this unit (a window still open, a cause covered, a limit not reached). */
    PASSED,
    /** The rule refuses the option: the option is NOT_ELIGIBLE. */
    FAILED,
    /** The rule holds once the customer supplies what the option's requirements list: the option is INCOMPLETE. */
    INCOMPLETE,
    /** A term the rule sets for the option: money, shipping, service times, or a duty or check still to come. */
    APPLIED,
    /** The question lacks the fact the rule needs (no cause given): the rule is stated, not decided. */
    UNCHECKED,
    /**
     * The entry was written before outcomes were recorded (a decision stored, or an event published, by an earlier
     * version): only its reason tells.
     */
    UNRECORDED
}
