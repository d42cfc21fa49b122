package com.kospet.warranty.policy.rest;

import com.kospet.warranty.http.CommonProblems;
import com.kospet.warranty.model.problem.ProblemDetail.FieldError;
import com.kospet.warranty.policy.engine.InvalidQuestion;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import static com.kospet.warranty.http.ProblemResponses.respond;

/**
 * The one error of this service's own as RFC 9457 Problem Details: facts the engine cannot evaluate. Unreadable
 * JSON, the framework's HTTP errors and unforeseen failures come from {@code http-problems}' {@code CommonProblemMappers}.
 */
public class ProblemDetailMappers {

    /** The engine found facts it cannot answer: 400, naming each offending field. */
    @ServerExceptionMapper
    public Response invalidQuestion(InvalidQuestion e, UriInfo uri) {
        return respond(uri, CommonProblems.invalidRequest("The facts of the purchased unit cannot be evaluated.",
                e.violations().stream().map(v -> new FieldError(v.field(), v.message())).toList()));
    }
}
