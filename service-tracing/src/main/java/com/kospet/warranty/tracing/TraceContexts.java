package com.kospet.warranty.tracing;

import com.kospet.warranty.model.event.TraceContext;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Moves a trace across what is not a live call: an event stored now and published later, a mail recorded now and
 * sent after a retry or a restart. Reads the current span's W3C Trace Context into a {@link TraceContext} (to be
 * stored on an event or a row), turns a stored one back into the parent of a new span, and writes or reads it as
 * {@code traceparent}/{@code tracestate} headers.
 */
public final class TraceContexts {

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final TextMapGetter<Function<String, String>> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Function<String, String> headers) {
            return W3C.fields();
        }

        @Override
        public String get(Function<String, String> headers, String key) {
            return headers == null ? null : headers.apply(key);
        }
    };

    private TraceContexts() {
    }

    /** The current span's trace context; none outside a span (or when the span is not recorded and sampled anywhere). */
    public static Optional<TraceContext> current() {
        return of(Context.current());
    }

    /** The trace context of the span in {@code context}; none when it holds no valid span. */
    public static Optional<TraceContext> of(Context context) {
        if (!Span.fromContext(context).getSpanContext().isValid()) {
            return Optional.empty();
        }
        Map<String, String> headers = new HashMap<>();
        inject(context, headers::put);
        return TraceContext.of(headers.get("traceparent"), headers.get("tracestate"));
    }

    /**
     * The parent for a span continuing the stored trace: the remote span the trace context names. Without one the span
     * starts a trace of its own (not a child of whatever happens to be current on this thread).
     */
    public static Context parentOf(Optional<TraceContext> stored) {
        return stored.map(trace -> extract(header -> switch (header) {
            case "traceparent" -> trace.traceparent();
            case "tracestate" -> trace.tracestate().orElse(null);
            default -> null;
        })).orElse(Context.root());
    }

    /** Writes the W3C headers of the span in {@code context}, e.g. onto a Kafka record. */
    public static void inject(Context context, BiConsumer<String, String> header) {
        W3C.inject(context, header, (writer, key, value) -> writer.accept(key, value));
    }

    /** The trace context W3C headers name (read with {@code header}); none when they name none. */
    public static Optional<TraceContext> fromHeaders(Function<String, String> header) {
        return of(extract(header));
    }

    private static Context extract(Function<String, String> header) {
        return W3C.extract(Context.root(), header, HEADERS);
    }
}
