package com.kospet.warranty.policy.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 Problem Details body, served as {@code application/problem+json}. {@code errors} names each
 * offending field of a bad request and is left out otherwise.
 */
@Schema(name = "ProblemDetail", description = "RFC 9457 Problem Details")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemDetail(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    /** One offending field, by its JSON path ({@code price.amount}), and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    public static ProblemDetail of(ProblemType type, Response.StatusType status, String detail, String instance) {
        return new ProblemDetail(type.uri(), status.getReasonPhrase(), status.getStatusCode(), detail, instance, null);
    }

    public ProblemDetail withErrors(List<FieldError> fieldErrors) {
        return new ProblemDetail(type, title, status, detail, instance, List.copyOf(fieldErrors));
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(this).build();
    }
}
