package com.kospet.warranty.claims.rest;

import com.kospet.warranty.model.problem.ProblemDetail;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import static com.kospet.warranty.http.ProblemResponses.respond;

/** 429 as Problem Details, with {@code Retry-After} and the same in seconds in the body. */
public class RateLimitProblems {

    @ServerExceptionMapper
    public Response tooManyRequests(CustomerRateLimits.TooManyRequestsException e, UriInfo uri) {
        long seconds = e.retryAfterSeconds();
        return Response.fromResponse(respond(uri, ProblemDetail.of(429, "too-many-requests", "Too many requests",
                                e.getMessage() + "; try again in " + seconds + " s")
                        .with("retryAfterSeconds", seconds)))
                .header("Retry-After", Long.toString(seconds))
                .build();
    }
}
