package com.kospet.warranty.claims.events;

import com.kospet.warranty.claims.Fixtures;
import com.kospet.warranty.claims.Fixtures.OpenClaim;
import com.kospet.warranty.claims.persistence.OutboxEntity;
import com.kospet.warranty.model.event.ClaimEventCodec;
import com.kospet.warranty.model.event.ClaimEventType;
import com.kospet.warranty.testinfra.ClaimEventsTopic;
import com.kospet.warranty.testinfra.RestartableKafkaResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The relay publishes when the transaction that wrote an event commits, not at its next poll: here the poll is an
 * hour away ({@link OutboxWakeUpProfile}), so every publish within the test comes from a wake-up or a retry.
 */
@QuarkusTest
@TestProfile(OutboxWakeUpProfile.class)
class OutboxWakeUpTest {

    private final ClaimEventCodec codec = new ClaimEventCodec();

    @AfterEach
    void brokerIsBack() {
        RestartableKafkaResource.startBroker();
    }

    @Test
    void eachClaimsEventIsOnTheTopicWithinASecondOfItsAnswerThoughThePollIsAnHourAway() {
        try (ClaimEventsTopic topic = new ClaimEventsTopic(RestartableKafkaResource.bootstrapServers())) {
            for (int i = 0; i < 5; i++) {
                OpenClaim claim = Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");
                long answeredAt = System.currentTimeMillis();
                ConsumerRecord<String, byte[]> record = topic.recordsOf(claim.uuid(), 1, Duration.ofSeconds(10)).get(0);
                assertThat(codec.decode(record.value()).type()).isEqualTo(ClaimEventType.SUBMITTED);
                // The record's timestamp is when the relay sent it (this machine's clock, like answeredAt).
                assertThat(record.timestamp() - answeredAt).as("ms from the 201 to the publish of claim %s", claim.id())
                        .isLessThan(1_000);
            }
        }
    }

    @Test
    void anEventWrittenWhileKafkaIsDownIsPublishedWhenItIsBackWithoutWaitingForThePoll() {
        RestartableKafkaResource.stopBroker();
        OpenClaim claim = Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");
        await().atMost(Duration.ofSeconds(30)).until(() -> attemptsOf(claim) >= 1);

        RestartableKafkaResource.startBroker();
        try (ClaimEventsTopic topic = new ClaimEventsTopic(RestartableKafkaResource.bootstrapServers())) {
            assertThat(topic.eventsOf(claim.uuid(), 1, Duration.ofSeconds(45)))
                    .extracting(event -> event.type()).containsExactly(ClaimEventType.SUBMITTED);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> unpublished().isEmpty());
    }

    private static int attemptsOf(OpenClaim claim) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEntity.<OutboxEntity>list("claimId", claim.uuid()))
                .stream().mapToInt(row -> row.attempts).max().orElse(0);
    }

    private static List<OutboxEntity> unpublished() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEntity.<OutboxEntity>list("publishedAt is null"));
    }
}
