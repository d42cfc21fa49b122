package com.kospet.warranty.tracing;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.inject.Singleton;

import java.util.Collection;

/**
 * Where finished spans go while no collector is named ({@code OTEL_EXPORTER_OTLP_ENDPOINT} unset or empty):
 * nowhere. Traces are still made (their ids in every log line, their context on every event and mail), but nothing
 * is sent and nothing logs a refused connection. Quarkus exports over OTLP only when no exporter bean is in use;
 * naming an endpoint takes this one out of use, and Quarkus's OTLP exporter sends to it.
 */
@Singleton
@LookupIfProperty(name = "OTEL_EXPORTER_OTLP_ENDPOINT", stringValue = "none", lookupIfMissing = true)
public class UnexportedSpans implements SpanExporter {

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
