package com.kospet.warranty.claims.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kospet.warranty.model.problem.ProblemDetail;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;

/**
 * The HTTP layer refuses a body beyond {@code quarkus.http.limits.max-body-size} with a bare 413. This
 * answers that refusal as Problem Details like every other error, so an upload of too large a video tells
 * the client what happened. It can only do so for a body that declares its length (browsers' uploads do):
 * a chunked body over the limit is still cut off with the bare 413 once it passes the limit.
 */
@ApplicationScoped
public class RequestBodyLimit {

    private final ObjectMapper json;

    public RequestBodyLimit(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router,
                 @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        long maximum = limit.asLongValue();
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                // A declared Content-Length over the limit: refused before any of the body is read.
                .handler(context -> {
                    if (declaredLength(context) > maximum) {
                        refuse(context, maximum);
                    } else {
                        context.next();
                    }
                });
    }

    private void refuse(RoutingContext context, long maximum) {
        ProblemDetail problem = ProblemDetail.of(413, "request-too-large", "Request too large",
                        "the request body is larger than the " + maximum + " bytes this server reads")
                .with("maximum", maximum)
                .withInstance(URI.create(context.request().absoluteURI()));
        try {
            context.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, ProblemDetail.MEDIA_TYPE)
                    // The body is not read: the connection cannot be used for another request.
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(413, e);
        }
    }

    private static long declaredLength(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
