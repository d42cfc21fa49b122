package com.kospet.warranty.policy.rest;

import com.kospet.warranty.http.ClientRateLimiter;
import com.kospet.warranty.http.HttpProblemWriter;
import com.kospet.warranty.model.problem.ProblemDetail;
import com.kospet.warranty.policy.config.RateLimitConfig;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Duration;
import java.util.Optional;

/**
 * The per-client limit of {@code POST /api/policy/evaluate} ({@code rate-limit.*}): the service needs no token, so
 * its client's address is what a limit can hold on to. Checked before anything of the request is read; a question
 * over the limit is answered 429 with {@code Retry-After}, as Problem Details.
 */
@ApplicationScoped
public class EvaluateRateLimit {

    static final String PATH = "/api/policy/evaluate";

    private final HttpProblemWriter problems;
    private final RateLimitConfig config;

    public EvaluateRateLimit(HttpProblemWriter problems, RateLimitConfig config) {
        this.problems = problems;
        this.config = config;
    }

    void install(@Observes Router router) {
        if (!config.enabled()) {
            return;
        }
        ClientRateLimiter limiter = new ClientRateLimiter(config.requests(), config.period(), config.burst(),
                config.maxClients(), config.idleExpiry());
        // Before the body limit, so that a client flooding with oversized bodies is slowed down too (an overlong URI
        // or oversized headers are refused before anything, as in every service).
        router.route(HttpMethod.POST, PATH).order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 2)
                .handler(context -> check(context, limiter));
    }

    private void check(RoutingContext context, ClientRateLimiter limiter) {
        String address = context.request().remoteAddress().hostAddress();
        if (config.exempt().map(exempt -> exempt.contains(address)).orElse(false)) {
            context.next();
            return;
        }
        Optional<Duration> wait = limiter.waitBefore(address);
        if (wait.isEmpty()) {
            context.next();
            return;
        }
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        context.response().putHeader("Retry-After", Long.toString(seconds));
        // The question is left unread, so its connection cannot carry another.
        problems.write(context, ProblemDetail.of(429, "too-many-requests", "Too many requests",
                        "this client asked more than " + config.requests() + " questions per " + config.period()
                                + "; ask again in " + seconds + " s")
                .with("retryAfterSeconds", seconds), true);
    }
}
