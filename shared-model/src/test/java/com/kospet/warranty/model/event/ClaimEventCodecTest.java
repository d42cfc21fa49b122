package com.kospet.warranty.model.event;

import com.kospet.warranty.model.ClaimStatus;
import com.kospet.warranty.model.Money;
import com.kospet.warranty.model.RequestType;
import com.kospet.warranty.model.policy.ServiceTimes;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClaimEventCodecTest {

    private final ClaimEventCodec codec = new ClaimEventCodec();

    @Test
    void anEventSurvivesTheRoundTripInStructuredCloudEventsJson() {
        ClaimEvent event = new ClaimEvent(UUID.randomUUID(), ClaimEventType.SUBMITTED, ClaimEvent.SOURCE,
                OffsetDateTime.of(2026, 2, 5, 10, 0, 0, 0, ZoneOffset.UTC),
                new ClaimEventData(UUID.randomUUID(), "KP-100234", "SN-1", "TANK T3", RequestType.DEFECT_RETURN,
                        ClaimStatus.AWAITING_CONFIRMATION, null,
                        new ClaimEventData.Customer("c-1", "ada@example.com", "Ada", "en"), "2024-01",
                        new ClaimEventData.Figures(Money.of("199.00", "USD"), null, null, null),
                        List.of(), null, null, null, "SN-1", null,
                        new ServiceTimes(Duration.ofHours(24), 7, Period.ofDays(7), Duration.ofHours(48), 10, 30)));

        byte[] json = codec.encode(event);

        String text = new String(json, StandardCharsets.UTF_8);
        assertThat(text).contains("\"specversion\":\"1.0\"", "\"type\":\"claim.submitted\"",
                "\"subject\":\"" + event.data().claimId() + "\"", "\"amount\":\"199.00\"",
                "\"serviceTimes\":{\"confirmation\":\"PT24H\",\"returnShipmentWorkingDays\":7,\"payment\":\"P7D\","
                        + "\"replacementDispatch\":\"PT48H\",\"deliveryMinWorkingDays\":10,\"deliveryMaxWorkingDays\":30}");
        assertThat(codec.decode(json)).isEqualTo(event);
    }

    @Test
    void theTraceAnEventWasWrittenInTravelsAsTheDistributedTracingExtension() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        ClaimEvent event = submitted().within(Optional.of(new TraceContext(traceparent, Optional.of("vendor=abc"))));

        byte[] json = codec.encode(event);

        assertThat(new String(json, StandardCharsets.UTF_8))
                .contains("\"traceparent\":\"" + traceparent + "\"", "\"tracestate\":\"vendor=abc\"");
        assertThat(codec.decode(json)).isEqualTo(event);
        assertThat(codec.traceContext(json)).contains(new TraceContext(traceparent, Optional.of("vendor=abc")));
        assertThat(codec.traceContext(json).orElseThrow().traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    }

    @Test
    void anEventOutsideAnyTraceCarriesNoTracingAttributes() {
        byte[] json = codec.encode(submitted());

        assertThat(new String(json, StandardCharsets.UTF_8)).doesNotContain("traceparent", "tracestate");
        assertThat(codec.traceContext(json)).isEmpty();
    }

    @Test
    void aTraceparentThatIsNoW3cTraceparentIsIgnoredNotFatal() {
        String json = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"claim.confirmed\","
                + "\"source\":\"/claims-service\",\"time\":\"2026-02-06T10:00:00Z\",\"traceparent\":\"garbage\","
                + "\"datacontenttype\":\"application/json\",\"data\":{\"claimId\":\"" + UUID.randomUUID() + "\"}}";

        assertThat(codec.decode(json.getBytes(StandardCharsets.UTF_8)).traceContext()).isEmpty();
    }

    @Test
    void theTraceIsReadFromTheEventsOwnAttributesOnlyNeverFromItsData() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        String nested = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"claim.confirmed\","
                + "\"data\":{\"traceparent\":\"" + traceparent + "\",\"list\":[{\"tracestate\":\"x=1\"}]}}";
        String ownAfterData = "{\"data\":{\"traceparent\":\"00-11111111111111111111111111111111-2222222222222222-01\"},"
                + "\"traceparent\":\"" + traceparent + "\",\"tracestate\":\"vendor=abc\"}";

        assertThat(codec.traceContext(nested.getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(codec.traceContext(ownAfterData.getBytes(StandardCharsets.UTF_8)))
                .contains(new TraceContext(traceparent, Optional.of("vendor=abc")));
    }

    @Test
    void bytesThatAreNoJsonObjectHaveNoTraceButAreReportedMalformed() {
        for (String notAnEvent : List.of("", "[1,2]", "\"text\"", "{\"traceparent\":", "{\"id\":\"1\"", "not json")) {
            assertThatThrownBy(() -> codec.traceContext(notAnEvent.getBytes(StandardCharsets.UTF_8)))
                    .as(notAnEvent).isInstanceOf(ClaimEventCodec.MalformedClaimEventException.class);
        }
    }

    private static ClaimEvent submitted() {
        return new ClaimEvent(UUID.randomUUID(), ClaimEventType.SUBMITTED, ClaimEvent.SOURCE,
                OffsetDateTime.of(2026, 2, 5, 10, 0, 0, 0, ZoneOffset.UTC),
                new ClaimEventData(UUID.randomUUID(), "KP-100234", "SN-1", "TANK T3", RequestType.DEFECT_RETURN,
                        ClaimStatus.AWAITING_CONFIRMATION, null,
                        new ClaimEventData.Customer("c-1", "ada@example.com", "Ada", "en"), "2024-01",
                        null, List.of(), null, null, null, "SN-1", null, null));
    }

    @Test
    void anEventWrittenBeforeClaimsKeptTheirServiceTimesStillReads() {
        String json = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"claim.confirmed\","
                + "\"source\":\"/claims-service\",\"time\":\"2026-02-06T10:00:00Z\",\"datacontenttype\":\"application/json\","
                + "\"data\":{\"claimId\":\"" + UUID.randomUUID() + "\",\"status\":\"AWAITING_RETURN\","
                + "\"deadlines\":{\"shipBackBy\":\"2026-02-16\"}}}";

        ClaimEventData data = codec.decode(json.getBytes(StandardCharsets.UTF_8)).data();

        assertThat(data.serviceTimes()).isNull();
        assertThat(data.deadlines().shipBackBy()).isEqualTo("2026-02-16");
    }

    @Test
    void anUnknownTypeIsMalformed() {
        String json = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"claim.exploded\","
                + "\"source\":\"/x\",\"datacontenttype\":\"application/json\",\"data\":{}}";
        assertThatThrownBy(() -> codec.decode(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ClaimEventCodec.MalformedClaimEventException.class)
                .hasMessageContaining("claim.exploded");
    }

    @Test
    void garbageIsMalformed() {
        assertThatThrownBy(() -> codec.decode("not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ClaimEventCodec.MalformedClaimEventException.class);
    }
}
