package com.kospet.warranty.http;

import com.kospet.warranty.model.problem.ProblemDetail;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** A {@link ProblemDetail} as an HTTP answer: its status, {@code application/problem+json}, the request as its instance. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response respond(UriInfo uri, ProblemDetail problem) {
        return Response.status(problem.status())
                .type(ProblemDetail.MEDIA_TYPE)
                .entity(problem.withInstance(uri == null ? null : uri.getRequestUri()))
                .build();
    }

    /** 401, with the challenge RFC 6750 asks for. */
    public static Response unauthenticated(UriInfo uri) {
        return Response.fromResponse(respond(uri, ProblemDetail.of(401, "unauthenticated", "Unauthenticated",
                "a valid bearer token is required"))).header("WWW-Authenticate", "Bearer").build();
    }
}
