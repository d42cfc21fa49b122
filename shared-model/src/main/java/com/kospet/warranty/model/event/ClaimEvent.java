package com.kospet.warranty.model.event;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One event about a claim; travels as a CloudEvent in structured JSON (see {@link ClaimEventCodec}).
 *
 * @param traceContext the trace of the work that wrote the event (CloudEvents distributed-tracing extension); none
 *                     on an event written without one, e.g. before events carried it
 */
public record ClaimEvent(UUID id, ClaimEventType type, URI source, OffsetDateTime time, ClaimEventData data,
                         Optional<TraceContext> traceContext) {

    public static final String TOPIC = "claims.events";
    public static final URI SOURCE = URI.create("/claims-service");

    public ClaimEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(traceContext, "traceContext");
    }

    /** An event outside any trace. */
    public ClaimEvent(UUID id, ClaimEventType type, URI source, OffsetDateTime time, ClaimEventData data) {
        this(id, type, source, time, data, Optional.empty());
    }

    /** The same event, written within the given trace. */
    public ClaimEvent within(Optional<TraceContext> trace) {
        return new ClaimEvent(id, type, source, time, data, trace);
    }

    /** The CloudEvents {@code subject}: the claim the event is about. */
    public String subject() {
        return data.claimId().toString();
    }
}
