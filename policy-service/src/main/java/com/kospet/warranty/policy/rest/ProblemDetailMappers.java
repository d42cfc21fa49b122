package com.kospet.warranty.policy.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.kospet.warranty.policy.engine.InvalidQuestion;
import com.kospet.warranty.policy.rest.ProblemDetail.FieldError;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every error as RFC 9457 Problem Details, one mapper per kind of failure. To reuse in another service,
 * copy this class, {@link ProblemDetail} and {@link ProblemType}, and replace the domain mapper(s) at the top.
 */
public class ProblemDetailMappers {

    private static final Logger LOG = Logger.getLogger(ProblemDetailMappers.class);

    /** The engine found facts it cannot answer: 400, naming each offending field. */
    @ServerExceptionMapper
    public Response invalidQuestion(InvalidQuestion e, HttpServerRequest request) {
        return badRequest("The facts of the purchased unit cannot be evaluated.", request,
                e.violations().stream().map(v -> new FieldError(v.field(), v.message())).toList());
    }

    /** The body is not JSON at all. */
    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, HttpServerRequest request) {
        return badRequest("The request body is not well-formed JSON.", request,
                List.of(new FieldError("body", "is not well-formed JSON: " + e.getOriginalMessage())));
    }

    /** JSON of the wrong shape: a wrong type, an unknown enum constant, a value a record refuses. */
    @ServerExceptionMapper
    public Response unreadableField(JsonMappingException e, HttpServerRequest request) {
        // A record that refuses a missing part (Money without currency) says which part: name it as a field.
        if (e.getCause() instanceof NullPointerException missing && missing.getMessage() != null
                && missing.getMessage().matches("[A-Za-z]+")) {
            String parent = path(e);
            String field = "body".equals(parent) ? missing.getMessage() : parent + "." + missing.getMessage();
            return badRequest("A field of the request body is missing.", request, List.of(new FieldError(field, "is required")));
        }
        return badRequest("A field of the request body has a value that cannot be read.", request,
                List.of(new FieldError(path(e), readableMessage(e))));
    }

    /** The same for Jackson's most specific kind, so that it wins over the framework's own mapper. */
    @ServerExceptionMapper
    public Response mismatchedField(MismatchedInputException e, HttpServerRequest request) {
        return unreadableField(e, request);
    }

    /** Not found, method not allowed, unsupported media type and every other HTTP status raised by the framework. */
    @ServerExceptionMapper
    public Response httpStatus(WebApplicationException e, HttpServerRequest request) {
        // The JSON reader reports some unreadable bodies as a bare 400 around Jackson's exception: name the field anyway.
        if (e.getCause() instanceof JsonParseException malformed) {
            return malformedJson(malformed, request);
        }
        if (e.getCause() instanceof JsonMappingException unreadable) {
            return unreadableField(unreadable, request);
        }
        Response original = e.getResponse();
        Response.StatusType status = original.getStatusInfo();
        Response.ResponseBuilder problem = Response.fromResponse(
                        ProblemDetail.of(ProblemType.HTTP, status, detailOf(e, status), request.path()).toResponse())
                .type(ProblemDetail.PROBLEM_JSON);
        String allow = original.getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            problem.header(HttpHeaders.ALLOW, allow);
        }
        return problem.build();
    }

    /** Anything else is the service's fault: logged, and answered without internals. */
    @ServerExceptionMapper
    public Response unexpected(Exception e, HttpServerRequest request) {
        LOG.errorf(e, "Unexpected failure on %s %s", request.method(), request.path());
        return ProblemDetail.of(ProblemType.INTERNAL, Response.Status.INTERNAL_SERVER_ERROR,
                "The service failed to answer; the failure is logged.", request.path()).toResponse();
    }

    private static Response badRequest(String detail, HttpServerRequest request, List<FieldError> errors) {
        return ProblemDetail.of(ProblemType.INVALID_REQUEST, Response.Status.BAD_REQUEST, detail, request.path())
                .withErrors(errors)
                .toResponse();
    }

    private static String detailOf(WebApplicationException e, Response.StatusType status) {
        String message = e.getMessage();
        return message == null || message.isBlank() || message.startsWith("HTTP ") ? status.getReasonPhrase() : message;
    }

    /** The JSON path of the offending value: {@code price.currency}, {@code items[2]}. */
    static String path(JsonMappingException e) {
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

    /** A message in the caller's terms, never a Java class name. */
    static String readableMessage(JsonMappingException e) {
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        String value = e instanceof InvalidFormatException invalid ? " (got " + invalid.getValue() + ")" : "";
        if (target == null) {
            Throwable cause = e.getCause();
            if (cause instanceof JsonProcessingException jsonProblem) {
                return "cannot be read: " + jsonProblem.getOriginalMessage();
            }
            return cause != null && cause.getMessage() != null
                    ? "cannot be read: " + cause.getMessage()
                    : "cannot be read";
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
