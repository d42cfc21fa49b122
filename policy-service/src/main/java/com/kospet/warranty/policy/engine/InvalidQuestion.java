package com.kospet.warranty.policy.engine;

import java.util.List;
import java.util.stream.Collectors;

/** The facts of a question cannot be answered: each offending field is named. */
public final class InvalidQuestion extends RuntimeException {

    private final List<FieldViolation> violations;

    public InvalidQuestion(List<FieldViolation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")),
                null, false, false);
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
