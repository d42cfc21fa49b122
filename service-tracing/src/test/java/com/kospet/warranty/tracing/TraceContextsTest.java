package com.kospet.warranty.tracing;

import com.kospet.warranty.model.event.TraceContext;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TraceContextsTest {

    private final Tracer tracer = SdkTracerProvider.builder().build().get("test");

    @Test
    void theCurrentSpanIsStoredAsItsW3cTraceparent() {
        Span span = tracer.spanBuilder("write").startSpan();
        try (Scope ignored = span.makeCurrent()) {
            SpanContext written = span.getSpanContext();

            assertThat(TraceContexts.current()).contains(new TraceContext(
                    "00-" + written.getTraceId() + "-" + written.getSpanId() + "-01", Optional.empty()));
        } finally {
            span.end();
        }
    }

    @Test
    void outsideAnySpanThereIsNothingToStore() {
        assertThat(TraceContexts.current()).isEmpty();
    }

    @Test
    void aStoredTraceContextBecomesTheParentOfTheSpanThatContinuesIt() {
        TraceContext stored = new TraceContext("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
                Optional.of("vendor=abc"));

        Span later = tracer.spanBuilder("send").setParent(TraceContexts.parentOf(Optional.of(stored))).startSpan();

        assertThat(later.getSpanContext().getTraceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(later.getSpanContext().getTraceState().get("vendor")).isEqualTo("abc");
        later.end();
    }

    @Test
    void withoutAStoredTraceContextTheSpanStartsATraceOfItsOwn() {
        Span unrelated = tracer.spanBuilder("unrelated").startSpan();
        try (Scope ignored = unrelated.makeCurrent()) {
            Span later = tracer.spanBuilder("send").setParent(TraceContexts.parentOf(Optional.empty())).startSpan();

            assertThat(later.getSpanContext().getTraceId()).isNotEqualTo(unrelated.getSpanContext().getTraceId());
            later.end();
        } finally {
            unrelated.end();
        }
    }

    @Test
    void theTraceContextTravelsAsHeadersAndIsReadBack() {
        Span span = tracer.spanBuilder("publish").startSpan();
        Map<String, String> headers = new HashMap<>();

        TraceContexts.inject(Context.root().with(span), headers::put);

        assertThat(headers).containsKey("traceparent");
        assertThat(TraceContexts.fromHeaders(headers::get).map(TraceContext::traceId))
                .contains(span.getSpanContext().getTraceId());
        assertThat(TraceContexts.fromHeaders(name -> null)).isEmpty();
        span.end();
    }
}
