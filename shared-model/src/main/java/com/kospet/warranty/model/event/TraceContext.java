package com.kospet.warranty.model.event;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where an event stands in a distributed trace: the W3C Trace Context of the work that wrote it, carried on the
 * CloudEvent as the distributed-tracing extension attributes {@code traceparent} and {@code tracestate}, so that
 * whoever handles the event later (a relay, a consumer, a mail sent days after) joins the same trace.
 *
 * @param traceparent the W3C {@code traceparent}: version, trace id, parent span id and flags
 * @param tracestate  the vendors' W3C {@code tracestate}, when the trace has one
 */
public record TraceContext(String traceparent, Optional<String> tracestate) {

    /** {@code 00-<32 hex trace id>-<16 hex span id>-<2 hex flags>}, as W3C Trace Context level 1 writes it. */
    private static final Pattern TRACEPARENT = Pattern.compile("[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");

    public TraceContext {
        Objects.requireNonNull(traceparent, "traceparent");
        Objects.requireNonNull(tracestate, "tracestate");
        if (!TRACEPARENT.matcher(traceparent).matches()) {
            throw new IllegalArgumentException("not a W3C traceparent: " + traceparent);
        }
        tracestate = tracestate.filter(state -> !state.isBlank());
    }

    /** The context a {@code traceparent} and a {@code tracestate} (either absent or blank) name; none when the first is no traceparent. */
    public static Optional<TraceContext> of(String traceparent, String tracestate) {
        if (traceparent == null || !TRACEPARENT.matcher(traceparent).matches()) {
            return Optional.empty();
        }
        return Optional.of(new TraceContext(traceparent, Optional.ofNullable(tracestate)));
    }

    /** The 32 hex digits naming the trace. */
    public String traceId() {
        return traceparent.substring(3, 35);
    }
}
