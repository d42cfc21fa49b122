package com.kospet.warranty.claims.domain;

import java.util.List;

/**
 * The request is well-formed and the state allows the action, but a rule of the policy refuses it
 * (e.g. DB-1 without the data-safety acknowledgement, WF-6 after the ship-back deadline).
 */
public class PolicyRuleViolationException extends RuntimeException {

    private final String rule;
    private final List<String> fields;

    public PolicyRuleViolationException(String rule, String message, List<String> fields) {
        super(message);
        this.rule = rule;
        this.fields = List.copyOf(fields);
    }

    public PolicyRuleViolationException(String rule, String message) {
        this(rule, message, List.of());
    }

    public String rule() {
        return rule;
    }

    /** The request fields at fault, if any. */
    public List<String> fields() {
        return fields;
    }
}
