package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.config.HttpLimitsConfig;
import com.kospet.warranty.http.CommonProblems;
import com.kospet.warranty.http.HttpProblemWriter;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Locale;

/**
 * Two limits on request bodies, answered 413 as Problem Details like every other error. Evidence uploads
 * (multipart) are written to disk as they arrive and may be as large as {@code quarkus.http.limits.max-body-size}.
 * Every other body is JSON, which is read whole into memory: it may be at most
 * {@code claims.http.max-json-body-size}, so a few large bodies at once cannot exhaust the heap.
 * <p>
 * A body that declares its length (Content-Length) over its limit is refused here, before any of it is kept:
 * one over the JSON limit is read and thrown away first, so the client, still sending, gets to read the answer;
 * one over the server's limit is not read at all and its connection is closed. A JSON body sent without a
 * length (chunked) is bounded as it is read, by {@link JsonBodyLimit}.
 */
@ApplicationScoped
public class RequestBodyLimit {

    private final HttpProblemWriter problems;
    private final long maxBody;
    private final long maxJsonBody;

    public RequestBodyLimit(HttpProblemWriter problems,
                            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody,
                            HttpLimitsConfig limits) {
        this.problems = problems;
        this.maxBody = maxBody.asLongValue();
        this.maxJsonBody = limits.maxJsonBodySize().asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        long declared = declaredLength(context.request());
        if (declared > maxBody) {
            problems.write(context, CommonProblems.requestTooLarge(maxBody), true);
        } else if (declared > maxJsonBody && !isMultipart(context.request())) {
            discardBodyThenRefuse(context);
        } else {
            context.next();
        }
    }

    private void discardBodyThenRefuse(RoutingContext context) {
        HttpServerRequest request = context.request();
        request.handler(ignored -> {
        });
        request.endHandler(ended -> problems.write(context, CommonProblems.requestTooLarge(maxJsonBody), false));
        request.exceptionHandler(failure -> request.connection().close());
        request.resume();
    }

    private static boolean isMultipart(HttpServerRequest request) {
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        return type != null && type.strip().toLowerCase(Locale.ROOT).startsWith("multipart/");
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
