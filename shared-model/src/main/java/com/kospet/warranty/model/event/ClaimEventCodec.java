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
import java.util.UUID;

/**
 * Writes and reads claim events in the CloudEvents structured JSON format
 * ({@code application/cloudevents+json}), the value of every record on {@code claims.events}.
 */
public final class ClaimEventCodec {

    public static final String CONTENT_TYPE = JsonFormat.CONTENT_TYPE;

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final JsonFormat format = new JsonFormat();

    public byte[] encode(ClaimEvent event) {
        try {
            CloudEvent cloudEvent = CloudEventBuilder.v1()
                    .withId(event.id().toString())
                    .withType(event.type().type())
                    .withSource(event.source())
                    .withTime(event.time())
                    .withSubject(event.subject())
                    .withDataContentType("application/json")
                    .withData(mapper.writeValueAsBytes(event.data()))
                    .build();
            return format.serialize(cloudEvent);
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
                    cloudEvent.getTime(), data);
        } catch (EventDeserializationException | IOException | IllegalArgumentException | NullPointerException e) {
            throw new MalformedClaimEventException("not a claim event: " + e.getMessage(), e);
        }
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
