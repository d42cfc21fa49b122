package com.kospet.warranty.policy.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kospet.warranty.model.problem.ProblemDetail;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/** A Problem Details answer given by a route handler, before the request reaches the REST layer and its mappers. */
final class RoutingProblems {

    private RoutingProblems() {
    }

    /** Answers and closes the connection: the request's body is left unread, so the connection cannot carry another. */
    static void refuse(RoutingContext context, ObjectMapper json, ProblemDetail problem) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            context.fail(problem.status(), e);
            return;
        }
        context.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemDetail.MEDIA_TYPE);
        // HTTP/2 forbids the header (a client takes it for a protocol error): there, ending the answer resets the
        // request's stream and the connection carries others on.
        if (context.request().version() != io.vertx.core.http.HttpVersion.HTTP_2) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        context.response().end(body);
    }
}
