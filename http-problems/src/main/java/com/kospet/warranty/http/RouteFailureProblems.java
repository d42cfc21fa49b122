package com.kospet.warranty.http;

import com.kospet.warranty.model.problem.ProblemDetail;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request that fails in the HTTP layer rather than in JAX-RS (a body that cannot be parsed before any
 * resource runs, a handler that fails) would get the framework's plain-text page. This answers it as Problem
 * Details: a body over {@code quarkus.http.limits.max-body-size} as {@code request-too-large}, any other 4xx status
 * as it is, anything else as a 500 whose error id is logged with the cause.
 * Authentication failures are left to the framework, which adds the challenge.
 */
@ApplicationScoped
public class RouteFailureProblems {

    private final HttpProblemWriter problems;
    private final long maxBodySize;

    public RouteFailureProblems(HttpProblemWriter problems,
                                @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
                                MemorySize maxBodySize) {
        this.problems = problems;
        this.maxBodySize = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::answer);
    }

    private void answer(RoutingContext context) {
        Throwable failure = context.failure();
        if (context.response().ended() || isSecurity(failure)) {
            context.next();
            return;
        }
        int status = context.statusCode();
        ProblemDetail problem;
        if (status == 413) {
            // The framework's body handler refuses a body over the server's limit.
            problem = CommonProblems.requestTooLarge(maxBodySize);
        } else if (status >= 400 && status < 500) {
            // The status says what is wrong with the request; the exception's text is the framework's, not the client's.
            problem = CommonProblems.httpStatus(status, HttpResponseStatus.valueOf(status).reasonPhrase(), null);
        } else {
            int answered = status >= 500 ? status : 500;
            problem = ProblemResponses.unexpected(answered, HttpResponseStatus.valueOf(answered).reasonPhrase(), failure);
        }
        problems.write(context, problem, !context.request().isEnded());
    }

    private static boolean isSecurity(Throwable failure) {
        return failure != null && failure.getClass().getName().startsWith("io.quarkus.security.");
    }
}
