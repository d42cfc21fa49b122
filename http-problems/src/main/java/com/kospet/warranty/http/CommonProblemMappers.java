package com.kospet.warranty.http;

import com.kospet.warranty.model.problem.ProblemDetail;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import static com.kospet.warranty.http.ProblemResponses.respond;
import static com.kospet.warranty.http.ProblemResponses.unauthenticated;

/**
 * The errors every secured service answers alike, as RFC 9457 Problem Details: no or a bad token (401),
 * a role that may not (403), and the HTTP errors the framework raises itself (404 of an unknown path,
 * 405, 415, …), which carry no meaning beyond their status and so have the type {@code about:blank}.
 * Anything else is a 500 with an error id (see {@link #unexpected}). A service maps its own errors in its own mappers.
 */
public class CommonProblemMappers {

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
        return respond(uri, ProblemDetail.of(403, "forbidden", "Forbidden", "this role may not do that"));
    }

    @ServerExceptionMapper
    public Response httpStatus(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            return ProblemResponses.unexpected(uri, status.getStatusCode(), status.getReasonPhrase(), e);
        }
        return respond(uri, ProblemDetail.ofStatus(status.getStatusCode(), status.getReasonPhrase(), e.getMessage()));
    }

    /**
     * The last resort, for whatever no other mapper knows: a 500 whose error id is logged with the exception;
     * the client sees neither the exception nor its message.
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        return ProblemResponses.unexpected(uri, 500, "Internal Server Error", e);
    }
}
