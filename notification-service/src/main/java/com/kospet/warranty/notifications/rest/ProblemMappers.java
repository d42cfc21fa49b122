package com.kospet.warranty.notifications.rest;

import com.kospet.warranty.model.problem.ProblemDetail;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/** Every error this service answers, as RFC 9457 Problem Details (shared-model's {@link ProblemDetail}). */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalidQuery(InvalidQueryException e, UriInfo uri) {
        return respond(uri, ProblemDetail.of(400, "invalid-request", "Invalid request", e.getMessage())
                .withErrors(List.of(new ProblemDetail.FieldError(e.parameter(), e.getMessage()))));
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
        return respond(uri, ProblemDetail.of(403, "forbidden", "Forbidden", "only staff read what was sent"));
    }

    /** Not found, method not allowed and every other HTTP status raised by the framework. */
    @ServerExceptionMapper
    public Response httpStatus(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            LOG.error("request failed", e);
        }
        return respond(uri, ProblemDetail.ofStatus(status.getStatusCode(), status.getReasonPhrase(), e.getMessage()));
    }

    private static Response unauthenticated(UriInfo uri) {
        return Response.fromResponse(respond(uri, ProblemDetail.of(401, "unauthenticated", "Unauthenticated",
                "a valid bearer token is required"))).header("WWW-Authenticate", "Bearer").build();
    }

    private static Response respond(UriInfo uri, ProblemDetail problem) {
        return Response.status(problem.status())
                .type(ProblemDetail.MEDIA_TYPE)
                .entity(problem.withInstance(uri == null ? null : uri.getRequestUri()))
                .build();
    }
}
