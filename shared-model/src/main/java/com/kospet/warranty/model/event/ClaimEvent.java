package com.kospet.warranty.model.event;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** One event about a claim; travels as a CloudEvent in structured JSON (see {@link ClaimEventCodec}). */
public record ClaimEvent(UUID id, ClaimEventType type, URI source, OffsetDateTime time, ClaimEventData data) {

    public static final String TOPIC = "claims.events";
    public static final URI SOURCE = URI.create("/claims-service");

    public ClaimEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
    }

    /** The CloudEvents {@code subject}: the claim the event is about. */
    public String subject() {
        return data.claimId().toString();
    }
}
