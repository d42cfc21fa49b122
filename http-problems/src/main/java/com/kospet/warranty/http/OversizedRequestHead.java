package com.kospet.warranty.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;

/**
 * A request whose URI or headers are too long is answered 414 or 431 as Problem Details, like every other
 * error. Vert.x answers requests over its own limits ({@code quarkus.http.limits.max-initial-line-length},
 * {@code quarkus.http.limits.max-header-size}) with a bare status before any route sees them, and offers
 * Quarkus applications no hook there; so those limits are set as outer ceilings, well above the ones enforced
 * here, and only a request beyond a ceiling still gets the bare status.
 */
@ApplicationScoped
public class OversizedRequestHead {

    private final HttpProblemWriter problems;
    private final int maxUriLength;
    private final long maxHeaderSize;

    public OversizedRequestHead(HttpProblemWriter problems,
                                @ConfigProperty(name = "warranty.http.max-uri-length", defaultValue = "4096") int maxUriLength,
                                @ConfigProperty(name = "warranty.http.max-header-size", defaultValue = "20K") MemorySize maxHeaderSize) {
        this.problems = problems;
        this.maxUriLength = maxUriLength;
        this.maxHeaderSize = maxHeaderSize.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        if (context.request().uri().length() > maxUriLength) {
            problems.write(context, CommonProblems.uriTooLong(maxUriLength), !context.request().isEnded());
        } else if (headerSize(context.request().headers()) > maxHeaderSize) {
            problems.write(context, CommonProblems.requestHeadersTooLarge(maxHeaderSize), !context.request().isEnded());
        } else {
            context.next();
        }
    }

    /** As HTTP/1.1 sends them: name, colon, space, value, line end. */
    private static long headerSize(MultiMap headers) {
        long size = 0;
        for (Map.Entry<String, String> header : headers) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        return size;
    }
}
