package com.kospet.warranty.claims.domain;

import java.util.List;

/**
 * The request is well-formed and the state allows the action, but a rule of the policy refuses it
 * (e.g. DB-1 without the data-safety acknowledgement, WF-6 after the ship-back deadline). The rule is an ID
 * defined in the repository's rulebook, docs/policy.md.
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

    /** The ID of the refusing rule in docs/policy.md, e.g. {@code DB-1}. */
    public String rule() {
        return rule;
    }

    /** The request fields at fault, if any. */
    public List<String> fields() {
        return fields;
    }
}
