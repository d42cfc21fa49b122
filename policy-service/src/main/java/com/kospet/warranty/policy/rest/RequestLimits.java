package com.kospet.warranty.policy.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.kospet.warranty.model.problem.ProblemDetail;
import com.kospet.warranty.policy.config.HttpLimitsConfig;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Map;

/**
 * Refuses, before anything reads it, a request far larger than any policy question (a question is under 2 KB):
 * a URL beyond {@code http-limits.max-uri-length} (414), headers beyond {@code http-limits.max-header-size}
 * (431), a declared body beyond {@code quarkus.http.limits.max-body-size} (413), each as Problem Details.
 * A body of undeclared length (chunked) is read up to that limit before the endpoint sees it, and refused with 413
 * once it passes it. The HTTP layer refuses the same with bare statuses; its limits are set above these, so only what passes
 * even those (a URL over 64 KB, headers over 128 KB) still gets its bare answer.
 */
@ApplicationScoped
public class RequestLimits {

    private final ObjectMapper json;
    private final int maxUriLength;
    private final long maxHeaderSize;
    private final long maxBodySize;
    private final BodyHandler undeclaredBody;

    public RequestLimits(ObjectMapper json, HttpLimitsConfig limits,
                         @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.json = json;
        this.maxUriLength = limits.maxUriLength();
        this.maxHeaderSize = limits.maxHeaderSize().asLongValue();
        this.maxBodySize = maxBodySize.asLongValue();
        // No file uploads: nothing is written to disk.
        this.undeclaredBody = BodyHandler.create(false).setBodyLimit(this.maxBodySize);
    }

    void install(@Observes Router router) {
        // Before the framework's own body limit (which answers a bare 413) and before any body is read.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
        // The body handler fails a body that passes the limit with a bare 413; answer it like the others.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).failureHandler(this::bodyOverLimit);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > maxUriLength) {
            refuse(context, ProblemDetail.of(414, "uri-too-long", "URI too long",
                    "the request's path and query are longer than the " + maxUriLength + " characters this service reads")
                    .with("maximum", maxUriLength), false);
        } else if (headerSize(request.headers()) > maxHeaderSize) {
            refuse(context, ProblemDetail.of(431, "request-headers-too-large", "Request header fields too large",
                    "the request's headers are larger than the " + maxHeaderSize + " bytes this service reads")
                    .with("maximum", maxHeaderSize), true);
        } else if (declaredLength(request) > maxBodySize) {
            refuse(context, tooLarge(), true);
        } else if (isChunked(request)) {
            // A body of undeclared length is read here, up to the limit, before the endpoint sees it.
            undeclaredBody.handle(context);
        } else {
            context.next();
        }
    }

    private void bodyOverLimit(RoutingContext context) {
        if (context.statusCode() == 413 && !context.response().headWritten()) {
            refuse(context, tooLarge(), true);
        } else {
            context.next();
        }
    }

    private ProblemDetail tooLarge() {
        return ProblemDetail.of(413, "request-too-large", "Request too large",
                        "the request body is larger than the " + maxBodySize + " bytes this service reads")
                .with("maximum", maxBodySize);
    }

    private void refuse(RoutingContext context, ProblemDetail problem, boolean withInstance) {
        RoutingProblems.refuse(context, json,
                withInstance ? problem.withInstance(URI.create(context.request().path())) : problem);
    }

    private static long headerSize(MultiMap headers) {
        long size = 0;
        for (Map.Entry<String, String> header : headers) {
            size += header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF
        }
        return size;
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
