package com.kospet.warranty.claims.domain;

import java.util.List;

/** A request that is well-formed JSON but wrong in its content; each entry names a field and the problem. */
public class InvalidRequestException extends RuntimeException {

    public record Violation(String field, String message) {
    }

    private final List<Violation> violations;

    public InvalidRequestException(List<Violation> violations) {
        super(violations.size() + " invalid field(s)");
        this.violations = List.copyOf(violations);
    }

    public static InvalidRequestException of(String field, String message) {
        return new InvalidRequestException(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
