package com.kospet.warranty.claims.domain;

import java.util.List;

/**
 * The policy refused to decide on the facts it was asked about (it answered 4xx): the stored order's facts are
 * not ones it can judge. A client's problem, never an outage. {@code violations} are the policy's own.
 */
public class PolicyRefusedQuestionException extends RuntimeException {

    private final List<InvalidRequestException.Violation> violations;

    public PolicyRefusedQuestionException(String reason, List<InvalidRequestException.Violation> violations) {
        super(reason);
        this.violations = List.copyOf(violations);
    }

    public List<InvalidRequestException.Violation> violations() {
        return violations;
    }
}
