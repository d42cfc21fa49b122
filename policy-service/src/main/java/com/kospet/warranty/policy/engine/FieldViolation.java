package com.kospet.warranty.policy.engine;

/** One offending field of a question, named by its JSON path ({@code price.amount}). */
public record FieldViolation(String field, String message) {
}
