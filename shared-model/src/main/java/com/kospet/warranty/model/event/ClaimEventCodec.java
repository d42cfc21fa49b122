package com.kospet.warranty.model.event;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventDeserializationException;
import io.cloudevents.jackson.JsonFormat;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes and reads claim events in the CloudEvents structured JSON format
 * ({@code application/cloudevents+json}), the value of every record on {@code claims.events}.
 */
public final class ClaimEventCodec {

    public static final String CONTENT_TYPE = JsonFormat.CONTENT_TYPE;
    /** The CloudEvents distributed-tracing extension's attributes, named as W3C Trace Context names its headers. */
    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final JsonFormat format = new JsonFormat();

    public byte[] encode(ClaimEvent event) {
        try {
            CloudEventBuilder cloudEvent = CloudEventBuilder.v1()
                    .withId(event.id().toString())
                    .withType(event.type().type())
                    .withSource(event.source())
                    .withTime(event.time())
                    .withSubject(event.subject())
                    .withDataContentType("application/json")
                    .withData(mapper.writeValueAsBytes(event.data()));
            event.traceContext().ifPresent(trace -> {
                cloudEvent.withExtension(TRACEPARENT, trace.traceparent());
                trace.tracestate().ifPresent(state -> cloudEvent.withExtension(TRACESTATE, state));
            });
            return format.serialize(cloudEvent.build());
        } catch (IOException e) {
            throw new IllegalStateException("claim event could not be written as JSON", e);
        }
    }

    /**
     * Reads one record value.
     *
     * @throws MalformedClaimEventException when the bytes are not a claim event this codec knows
     */
    public ClaimEvent decode(byte[] bytes) {
        try {
            CloudEvent cloudEvent = format.deserialize(bytes);
            ClaimEventType type = ClaimEventType.fromType(cloudEvent.getType())
                    .orElseThrow(() -> new MalformedClaimEventException("unknown event type " + cloudEvent.getType()));
            if (cloudEvent.getData() == null) {
                throw new MalformedClaimEventException("event " + cloudEvent.getId() + " carries no data");
            }
            ClaimEventData data = mapper.readValue(cloudEvent.getData().toBytes(), ClaimEventData.class);
            if (data.claimId() == null) {
                throw new MalformedClaimEventException("event " + cloudEvent.getId() + " names no claim");
            }
            return new ClaimEvent(UUID.fromString(cloudEvent.getId()), type, cloudEvent.getSource(),
                    cloudEvent.getTime(), data, traceContext(cloudEvent));
        } catch (EventDeserializationException | IOException | IllegalArgumentException | NullPointerException e) {
            throw new MalformedClaimEventException("not a claim event: " + e.getMessage(), e);
        }
    }

    /**
     * The trace an event was written in, read from its extension attributes alone (the data is not read): what
     * the outbox relay needs of a stored event. None when the event carries no valid {@code traceparent}.
     *
     * @throws MalformedClaimEventException when the bytes are no CloudEvent
     */
    public Optional<TraceContext> traceContext(byte[] bytes) {
        try {
            return traceContext(format.deserialize(bytes));
        } catch (EventDeserializationException | IllegalArgumentException e) {
            throw new MalformedClaimEventException("not a CloudEvent: " + e.getMessage(), e);
        }
    }

    private static Optional<TraceContext> traceContext(CloudEvent cloudEvent) {
        return TraceContext.of(text(cloudEvent.getExtension(TRACEPARENT)), text(cloudEvent.getExtension(TRACESTATE)));
    }

    private static String text(Object attribute) {
        return attribute == null ? null : attribute.toString();
    }

    public static final class MalformedClaimEventException extends RuntimeException {
        public MalformedClaimEventException(String message) {
            super(message);
        }

        public MalformedClaimEventException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
