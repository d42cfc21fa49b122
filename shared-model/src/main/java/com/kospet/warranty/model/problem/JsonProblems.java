package com.kospet.warranty.model.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns the JSON reader's complaints into field errors a client can act on: the offending field by its
 * JSON path, and a message in the caller's terms, never a Java class name.
 */
public final class JsonProblems {

    private JsonProblems() {
    }

    /** The field error for a body whose JSON has the wrong shape. */
    public static ProblemDetail.FieldError fieldError(JsonMappingException e) {
        // A record that refuses a missing part (Money without currency) names that part: report it as a field.
        if (e.getCause() instanceof NullPointerException missing && missing.getMessage() != null
                && missing.getMessage().matches("[A-Za-z]+")) {
            String parent = path(e);
            return new ProblemDetail.FieldError("body".equals(parent) ? missing.getMessage() : parent + "." + missing.getMessage(),
                    "is required");
        }
        return new ProblemDetail.FieldError(path(e), readableMessage(e));
    }

    /** The JSON path of the offending value: {@code price.currency}, {@code items[2].price}; {@code body} for the whole. */
    public static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "body" : path.toString();
    }

    /** What is wrong with the value, said for the caller. */
    public static String readableMessage(JsonMappingException e) {
        if (e instanceof RefusedJsonValue refused) {
            return refused.getOriginalMessage();
        }
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        String value = e instanceof InvalidFormatException invalid ? " (got " + invalid.getValue() + ")" : "";
        if (target == null) {
            Throwable cause = e.getCause();
            if (cause instanceof JsonProcessingException jsonProblem) {
                return "cannot be read: " + jsonProblem.getOriginalMessage();
            }
            return cause != null && cause.getMessage() != null ? "cannot be read: " + cause.getMessage() : "cannot be read";
        }
        if (target.isEnum()) {
            return "must be one of " + Arrays.stream(target.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", ")) + value;
        }
        if (target == LocalDate.class) {
            return "must be a date like 2026-01-31" + value;
        }
        if (target == Currency.class) {
            return "must be an ISO 4217 currency code like USD" + value;
        }
        if (target == BigDecimal.class) {
            return "must be a decimal amount like \"199.00\"" + value;
        }
        if (target == UUID.class) {
            return "must be a UUID" + value;
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "must be a whole number" + value;
        }
        if (target == Boolean.class || target == boolean.class) {
            return "must be true or false" + value;
        }
        if (target == String.class) {
            return "must be a string" + value;
        }
        return "must be a JSON " + (target.isRecord() ? "object" : "value") + " of the documented shape" + value;
    }
}
