package com.kospet.warranty.claims.events;

import com.kospet.warranty.claims.Fixtures;
import com.kospet.warranty.claims.Fixtures.OpenClaim;
import com.kospet.warranty.claims.persistence.OutboxEntity;
import com.kospet.warranty.model.event.ClaimEvent;
import com.kospet.warranty.model.event.ClaimEventCodec;
import com.kospet.warranty.model.event.ClaimEventType;
import com.kospet.warranty.testinfra.ClaimEventsTopic;
import com.kospet.warranty.testinfra.RestartableKafkaResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static com.kospet.warranty.claims.Fixtures.asStaff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox across a real Kafka outage: the broker process is stopped while claims are opened and
 * confirmed, then started again on the same port with the same data.
 */
@QuarkusTest
@TestProfile(KafkaOutageProfile.class)
class OutboxKafkaOutageTest {

    private final ClaimEventCodec codec = new ClaimEventCodec();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String relayBootstrapServers;

    @AfterEach
    void brokerIsBack() {
        RestartableKafkaResource.startBroker();
    }

    @Test
    void claimsAreAcceptedWhileKafkaIsDownAndEveryEventArrivesOnceAndInOrderWhenItIsBack() {
        assertThat(relayBootstrapServers).isEqualTo(RestartableKafkaResource.bootstrapServers());
        OpenClaim before = Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");
        awaitOutboxPublished(Duration.ofSeconds(30));

        RestartableKafkaResource.stopBroker();
        List<OpenClaim> during = IntStream.range(0, 4)
                .mapToObj(i -> Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM"))
                .toList();
        confirm(before);
        confirm(during.get(0));
        confirm(during.get(2));
        // The relay really tried and failed: the oldest waiting event has failed attempts and their error.
        await().atMost(Duration.ofSeconds(30)).until(() -> oldestUnpublished().attempts >= 2);
        assertThat(oldestUnpublished().lastError).isNotBlank();
        assertThat(unpublished()).hasSize(7);

        RestartableKafkaResource.startBroker();
        awaitOutboxPublished(Duration.ofSeconds(45));

        List<OutboxEntity> outbox = QuarkusTransaction.requiringNew().call(() -> OutboxEntity.<OutboxEntity>listAll());
        try (ClaimEventsTopic topic = new ClaimEventsTopic(RestartableKafkaResource.bootstrapServers())) {
            Map<OpenClaim, List<ClaimEventType>> expected = new java.util.LinkedHashMap<>();
            expected.put(before, List.of(ClaimEventType.SUBMITTED, ClaimEventType.CONFIRMED));
            expected.put(during.get(0), List.of(ClaimEventType.SUBMITTED, ClaimEventType.CONFIRMED));
            expected.put(during.get(1), List.of(ClaimEventType.SUBMITTED));
            expected.put(during.get(2), List.of(ClaimEventType.SUBMITTED, ClaimEventType.CONFIRMED));
            expected.put(during.get(3), List.of(ClaimEventType.SUBMITTED));
            expected.forEach((claim, types) -> {
                List<ClaimEvent> events = topic.eventsOf(claim.uuid(), types.size(), Duration.ofSeconds(30));
                assertThat(events).extracting(ClaimEvent::type).as("events of claim %s, in order", claim.id())
                        .containsExactlyElementsOf(types);
            });
            // Anything published twice would have arrived by now, next to its first copy.
            List<ConsumerRecord<String, byte[]>> all = awaitQuiet(topic);
            Map<UUID, Long> copies = all.stream().map(record -> codec.decode(record.value()).id())
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(copies).as("every event of the outbox exactly once on the topic")
                    .containsOnlyKeys(outbox.stream().map(row -> row.id).toList())
                    .allSatisfy((id, count) -> assertThat(count).isEqualTo(1L));
        }
    }

    private static void confirm(OpenClaim claim) {
        asStaff().post("/api/claims/{id}/confirm", claim.id()).then().statusCode(200);
    }

    private static List<OutboxEntity> unpublished() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEntity.<OutboxEntity>list("publishedAt is null order by seq"));
    }

    private static OutboxEntity oldestUnpublished() {
        return unpublished().get(0);
    }

    private static void awaitOutboxPublished(Duration within) {
        await().atMost(within).pollInterval(Duration.ofMillis(200)).until(() -> unpublished().isEmpty());
    }

    /** Every record read, once no new one came for two seconds. */
    private static List<ConsumerRecord<String, byte[]>> awaitQuiet(ClaimEventsTopic topic) {
        int[] seen = {-1};
        await().atMost(Duration.ofSeconds(20)).pollDelay(Duration.ofSeconds(2)).pollInterval(Duration.ofSeconds(2))
                .until(() -> {
                    int now = topic.allRecords().size();
                    boolean quiet = now == seen[0];
                    seen[0] = now;
                    return quiet;
                });
        return topic.allRecords();
    }
}
