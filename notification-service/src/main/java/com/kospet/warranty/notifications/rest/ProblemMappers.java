package com.kospet.warranty.notifications.rest;

import com.kospet.warranty.http.CommonProblems;
import com.kospet.warranty.model.problem.ProblemDetail;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

import static com.kospet.warranty.http.ProblemResponses.respond;

/**
 * The errors of this service's own API as RFC 9457 Problem Details; 401, 403, unreadable JSON and the framework's
 * HTTP errors come from {@code http-problems}' {@code CommonProblemMappers}.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response invalidQuery(InvalidQueryException e, UriInfo uri) {
        return respond(uri, CommonProblems.invalidRequest(e.getMessage(),
                List.of(new ProblemDetail.FieldError(e.parameter(), e.getMessage()))));
    }
}
