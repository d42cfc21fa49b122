package com.kospet.warranty.model.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 Problem Details body ({@code application/problem+json}), the error answer of every
 * service. {@code errors} lists each offending field of a bad request; {@code extensions} carries
 * what a client needs to act on the problem (the claim's current state, the policy's reasons).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProblemDetail(
        URI type,
        String title,
        int status,
        String detail,
        URI instance,
        List<FieldError> errors,
        @JsonIgnore Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public ProblemDetail {
        errors = errors == null ? List.of() : List.copyOf(errors);
        Map<String, Object> present = new LinkedHashMap<>();
        if (extensions != null) {
            extensions.forEach((name, value) -> {
                if (value != null) {
                    present.put(name, value);
                }
            });
        }
        extensions = java.util.Collections.unmodifiableMap(present);
    }

    public static ProblemDetail of(int status, String slug, String title, String detail) {
        return new ProblemDetail(type(slug), title, status, detail, null, List.of(), Map.of());
    }

    /** A problem with no more meaning than its HTTP status (RFC 9457 {@code about:blank}). */
    public static ProblemDetail ofStatus(int status, String title, String detail) {
        return new ProblemDetail(URI.create("about:blank"), title, status, detail, null, List.of(), Map.of());
    }

    public ProblemDetail withInstance(URI instance) {
        return new ProblemDetail(type, title, status, detail, instance, errors, extensions);
    }

    public ProblemDetail withErrors(List<FieldError> fieldErrors) {
        return new ProblemDetail(type, title, status, detail, instance, fieldErrors, extensions);
    }

    /** Adds an extension member; one without a value is left out. */
    public ProblemDetail with(String extension, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(extension, value);
        return new ProblemDetail(type, title, status, detail, instance, errors, more);
    }

    /** Extension members appear at the top level of the JSON object, as RFC 9457 says. */
    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions;
    }

    /** Problem types are documented URIs, one per kind of problem. */
    public static URI type(String slug) {
        return URI.create("https://warranty.kospet.com/problems/" + slug);
    }

    /** One offending field: its JSON path ({@code items[0].price}) and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
