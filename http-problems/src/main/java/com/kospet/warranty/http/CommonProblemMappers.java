package com.kospet.warranty.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.kospet.warranty.model.problem.JsonProblems;
import com.kospet.warranty.model.problem.ProblemDetail.FieldError;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

import static com.kospet.warranty.http.ProblemResponses.respond;
import static com.kospet.warranty.http.ProblemResponses.unauthenticated;

/**
 * The errors every service answers alike, as RFC 9457 Problem Details: no or a bad token (401), a role that may
 * not (403), a body that is not the JSON an operation reads (400 {@code invalid-request}, naming the field), and
 * the HTTP errors the framework raises itself (404 of an unknown path, 405, 415, …), which carry no meaning beyond
 * their status and so have the type {@code about:blank}. Anything else is a 500 with an error id (see
 * {@link #unexpected}). A service maps its own errors in its own mappers.
 */
public class CommonProblemMappers {

    private final AllowedMethods allowedMethods;

    public CommonProblemMappers(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(uri, CommonProblems.forbidden("this role may not do that"));
    }

    /** The body is not JSON at all. */
    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return wholeBodyRefused(uri, "The request body is not well-formed JSON.", "is not well-formed JSON: ", e);
    }

    /** JSON of the wrong shape: a wrong type, an unknown enum constant, a value a record refuses. */
    @ServerExceptionMapper
    public Response unreadableField(JsonMappingException e, UriInfo uri) {
        return respond(uri, CommonProblems.invalidRequest(
                "A field of the request body is missing or has a value that cannot be read.",
                List.of(JsonProblems.fieldError(e))));
    }

    /** The same for Jackson's most specific kind, so that it wins over the framework's own mapper. */
    @ServerExceptionMapper
    public Response mismatchedField(MismatchedInputException e, UriInfo uri) {
        return unreadableField(e, uri);
    }

    /** Any other complaint of the JSON reader about the body. */
    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return wholeBodyRefused(uri, "The request body is not the JSON this operation reads.", "cannot be read: ", e);
    }

    /** Not found, method not allowed, unsupported media type and every other HTTP status the framework raises. */
    @ServerExceptionMapper
    public Response httpStatus(WebApplicationException e, UriInfo uri) {
        // The JSON reader reports some unreadable bodies as a bare 400 around Jackson's exception: name the field anyway.
        if (e.getCause() instanceof JsonParseException malformed) {
            return malformedJson(malformed, uri);
        }
        if (e.getCause() instanceof JsonMappingException unreadable) {
            return unreadableField(unreadable, uri);
        }
        Response original = e.getResponse();
        Response.StatusType status = original.getStatusInfo();
        if (status.getStatusCode() >= 500) {
            return ProblemResponses.unexpected(uri, status.getStatusCode(), status.getReasonPhrase(), e);
        }
        Response.ResponseBuilder answer = Response.fromResponse(respond(uri,
                CommonProblems.httpStatus(status.getStatusCode(), status.getReasonPhrase(), detailOf(e, status))));
        if (status.getStatusCode() == 405) {
            // A 405 says which methods the resource does take (RFC 9110); the framework's own answer names none.
            String allow = original.getHeaderString(HttpHeaders.ALLOW);
            answer.header(HttpHeaders.ALLOW, allow != null ? allow : String.join(", ", allowedMethods.at(uri.getPath())));
        }
        return answer.build();
    }

    /**
     * The last resort, for whatever no other mapper knows: a 500 whose error id is logged with the exception;
     * the client sees neither the exception nor its message.
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        return ProblemResponses.unexpected(uri, 500, "Internal Server Error", e);
    }

    /** A body refused as a whole: the field named is {@code body}, with the reader's own complaint. */
    private static Response wholeBodyRefused(UriInfo uri, String detail, String complaint, JsonProcessingException e) {
        return respond(uri, CommonProblems.invalidRequest(detail,
                List.of(new FieldError("body", complaint + e.getOriginalMessage()))));
    }

    /** The framework's own message, unless it only repeats the status. */
    private static String detailOf(WebApplicationException e, Response.StatusType status) {
        String message = e.getMessage();
        return message == null || message.isBlank() || message.startsWith("HTTP ") ? status.getReasonPhrase() : message;
    }
}
