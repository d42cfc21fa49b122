package com.kospet.warranty.notifications;

import com.kospet.warranty.model.event.ClaimEvent;
import com.kospet.warranty.model.event.ClaimEventCodec;
import com.kospet.warranty.model.event.ClaimEventType;
import com.kospet.warranty.testinfra.PerTestClass;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import static com.kospet.warranty.notifications.TestEvents.mailsTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The consumers of one instance share the topic's partitions: while one event's transaction is held up, the events
 * of other partitions (other claims) are still recorded and their mail sent; the held one follows once it is free.
 */
@QuarkusTest
class EventsOfOtherPartitionsDoNotWaitTest {

    @RegisterExtension
    static final PerTestClass<KafkaCompanion> kafka = PerTestClass.of(TestEvents::kafka);

    @Inject
    TestClock clock;

    @Test
    void aClaimWhoseEventIsHeldUpHoldsUpNoClaimOfAnotherPartition() throws SQLException {
        TestEvents.Claim held = new TestEvents.Claim();
        TestEvents.Claim other = new TestEvents.Claim();
        ClaimEvent heldEvent = held.event(ClaimEventType.SUBMITTED, clock.instant());
        try (Connection blocker = connection(); Connection observer = connection()) {
            blocker.setAutoCommit(false);
            // An uncommitted row under the key the held event's acknowledgement gets: recording that event waits for
            // this transaction to end.
            try (PreparedStatement insert = blocker.prepareStatement("""
                    insert into notifications.sent_log (notification_key, event_id, claim_id, kind, recipient, subject,
                        status, attempts, created_at, due_at, planned_by_time, html_body, text_body)
                    values (?, ?, ?, 'claim-submitted', 'x@example.com', 'x', 'CANCELLED', 0, now(), now(), now(), '', '')
                    """)) {
                insert.setString(1, heldEvent.id() + ":claim-submitted");
                insert.setObject(2, UUID.randomUUID());
                insert.setObject(3, UUID.randomUUID());
                insert.executeUpdate();
            }
            publish(0, heldEvent);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> waitingInsertsOfTheSentLog(observer) >= 1);

            publish(1, other.event(ClaimEventType.SUBMITTED, clock.instant()));
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                    .until(() -> !mailsTo(other.email).isEmpty());
            assertThat(mailsTo(held.email)).isEmpty();
            blocker.rollback();
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> !mailsTo(held.email).isEmpty());
        assertThat(mailsTo(held.email).get(0).subject()).contains("We received");
    }

    /** Publishes {@code event} to one partition of the topic, as the relay does to the partition of its claim's key. */
    private static void publish(int partition, ClaimEvent event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(ClaimEvent.TOPIC, partition,
                event.data().claimId().toString(), TestEvents.CODEC.encode(event));
        record.headers().add("content-type", ClaimEventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        kafka.get().produce(Serdes.String(), Serdes.ByteArray()).fromRecords(record).awaitCompletion(Duration.ofSeconds(20));
    }

    /** Inserts into the sent log waiting for a lock, seen from an autocommit {@code connection} (a fresh view each time). */
    private static int waitingInsertsOfTheSentLog(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                select count(*) from pg_stat_activity
                where wait_event_type = 'Lock' and query ilike 'insert into%sent_log%'""");
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static Connection connection() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
    }
}
