package com.kospet.warranty.http;

import com.kospet.warranty.model.problem.ProblemDetail;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.UUID;

/**
 * A {@link ProblemDetail} as an HTTP answer: its status, {@code application/problem+json}, and the request's path
 * (without its query, which may carry what the client would not see repeated) as its instance.
 */
public final class ProblemResponses {

    private static final Logger LOG = Logger.getLogger(ProblemResponses.class);

    private ProblemResponses() {
    }

    public static Response respond(UriInfo uri, ProblemDetail problem) {
        return Response.status(problem.status())
                .type(ProblemDetail.MEDIA_TYPE)
                .entity(problem.withInstance(uri == null ? null : URI.create(uri.getRequestUri().getRawPath())))
                .build();
    }

    /** 401, with the challenge RFC 6750 asks for. */
    public static Response unauthenticated(UriInfo uri) {
        return Response.fromResponse(respond(uri, CommonProblems.unauthenticated()))
                .header("WWW-Authenticate", "Bearer").build();
    }

    /**
     * A failure of the server's own: the client learns only an error id, which is logged at ERROR with the
     * exception, so whoever the client tells it to finds the cause.
     */
    public static Response unexpected(UriInfo uri, int status, String title, Throwable failure) {
        return respond(uri, unexpected(status, title, failure));
    }

    /** The same as a bare {@link ProblemDetail}, for answers written outside JAX-RS. */
    public static ProblemDetail unexpected(int status, String title, Throwable failure) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(failure, "request failed with %d, error id %s", status, errorId);
        return ProblemDetail.ofStatus(status, title, "the request could not be completed; error id " + errorId)
                .with("errorId", errorId);
    }
}
