package com.kospet.warranty.model.event;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
     * The trace an event was written in, read from its extension attributes alone: the top-level members are streamed
     * and every other value, the data above all, is skipped unread (the outbox relay needs this of every event it
     * publishes, and reading the whole event was most of what its publish cost). None when the event carries no valid
     * {@code traceparent}.
     *
     * @throws MalformedClaimEventException when the bytes are no JSON object
     */
    public Optional<TraceContext> traceContext(byte[] bytes) {
        String traceparent = null;
        String tracestate = null;
        try (JsonParser json = mapper.getFactory().createParser(bytes)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new MalformedClaimEventException("not a CloudEvent: not a JSON object");
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                JsonToken value = json.nextToken();
                if (TRACEPARENT.equals(name) && value == JsonToken.VALUE_STRING) {
                    traceparent = json.getText();
                } else if (TRACESTATE.equals(name) && value == JsonToken.VALUE_STRING) {
                    tracestate = json.getText();
                } else {
                    json.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new MalformedClaimEventException("not a CloudEvent: " + e.getMessage(), e);
        }
        return TraceContext.of(traceparent, tracestate);
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
