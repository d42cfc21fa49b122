package com.kospet.warranty.policy.rest;

import com.kospet.warranty.http.CommonProblems;
import com.kospet.warranty.http.HttpProblemWriter;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses, before anything reads it, a body far larger than any policy question (a question is under 2 KB): a
 * declared body beyond {@code quarkus.http.limits.max-body-size} is answered 413 as Problem Details, and its
 * connection closed. A body of undeclared length (chunked) is read up to that limit before the endpoint sees it;
 * once it passes it the framework fails the request with 413, which {@code http-problems}' route failure handler
 * answers alike. A URI or headers too long are refused before this, by {@code http-problems}' {@code OversizedRequestHead}.
 */
@ApplicationScoped
public class RequestLimits {

    private final HttpProblemWriter problems;
    private final long maxBodySize;
    private final BodyHandler undeclaredBody;

    public RequestLimits(HttpProblemWriter problems,
                         @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.problems = problems;
        this.maxBodySize = maxBodySize.asLongValue();
        // No file uploads: nothing is written to disk.
        this.undeclaredBody = BodyHandler.create(false).setBodyLimit(this.maxBodySize);
    }

    void install(@Observes Router router) {
        // Before the framework's own body limit (which answers a bare 413) and before any body is read.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (declaredLength(request) > maxBodySize) {
            problems.write(context, CommonProblems.requestTooLarge(maxBodySize), true);
        } else if (isChunked(request)) {
            // A body of undeclared length is read here, up to the limit, before the endpoint sees it.
            undeclaredBody.handle(context);
        } else {
            context.next();
        }
    }

    private static boolean isChunked(HttpServerRequest request) {
        String encoding = request.getHeader(HttpHeaders.TRANSFER_ENCODING);
        return encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked");
    }

    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
