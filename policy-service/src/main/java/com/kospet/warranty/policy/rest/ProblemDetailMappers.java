package com.kospet.warranty.policy.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.kospet.warranty.policy.engine.InvalidQuestion;
import com.kospet.warranty.model.problem.JsonProblems;
import com.kospet.warranty.model.problem.ProblemDetail;
import com.kospet.warranty.model.problem.ProblemDetail.FieldError;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.util.List;

/** Every error as RFC 9457 Problem Details (shared-model's {@link ProblemDetail}), one mapper per kind of failure. */
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
        return badRequest("A field of the request body is missing or has a value that cannot be read.", request,
                List.of(JsonProblems.fieldError(e)));
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
        Response.ResponseBuilder problem = Response.fromResponse(respond(request,
                ProblemDetail.ofStatus(status.getStatusCode(), status.getReasonPhrase(), detailOf(e, status))));
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
        return respond(request, ProblemDetail.of(500, "internal", "Internal error",
                "The service failed to answer; the failure is logged."));
    }

    private static Response badRequest(String detail, HttpServerRequest request, List<FieldError> errors) {
        return respond(request, ProblemDetail.of(400, "invalid-request", "Invalid request", detail).withErrors(errors));
    }

    private static Response respond(HttpServerRequest request, ProblemDetail problem) {
        return Response.status(problem.status())
                .type(ProblemDetail.MEDIA_TYPE)
                .entity(problem.withInstance(URI.create(request.path())))
                .build();
    }

    private static String detailOf(WebApplicationException e, Response.StatusType status) {
        String message = e.getMessage();
        return message == null || message.isBlank() || message.startsWith("HTTP ") ? status.getReasonPhrase() : message;
    }
}
