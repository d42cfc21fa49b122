package com.kospet.warranty.notifications;

import com.kospet.warranty.model.ClaimStatus;
import com.kospet.warranty.model.Money;
import com.kospet.warranty.model.RequestType;
import com.kospet.warranty.model.event.ClaimEvent;
import com.kospet.warranty.model.event.ClaimEventCodec;
import com.kospet.warranty.model.event.ClaimEventData;
import com.kospet.warranty.model.event.ClaimEventType;
import com.kospet.warranty.stack.MailCatcher;
import com.kospet.warranty.testinfra.KafkaResource;
import com.kospet.warranty.testinfra.SmtpResource;
import com.kospet.warranty.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class ClaimEventMailTest {

    private static final ClaimEventCodec CODEC = new ClaimEventCodec();
    private static KafkaCompanion kafka;

    @BeforeAll
    static void connect() {
        kafka = new KafkaCompanion(KafkaResource.bootstrapServers());
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @Test
    void aSubmittedClaimSendsTheCustomerAnAcknowledgementOnce() {
        String email = "ack-" + UUID.randomUUID() + "@example.com";
        ClaimEvent event = submitted(email);

        publish(event.data().claimId().toString(), CODEC.encode(event));

        List<MailCatcher.CaughtMail> mails = awaitMailsTo(email, 1);
        assertThat(mails.get(0).subject()).isEqualTo("We received your request "
                + event.data().claimId().toString().substring(0, 8).toUpperCase());
        assertThat(mails.get(0).body()).contains(event.data().orderNumber(), "TANK T3", "24 hours");

        // Redelivery of the very same event (same id) sends nothing more.
        publish(event.data().claimId().toString(), CODEC.encode(event));
        ClaimEvent later = submitted(email);
        publish(later.data().claimId().toString(), CODEC.encode(later));
        awaitMailsTo(email, 2);
        assertThat(mailsTo(email)).hasSize(2);

        given().auth().oauth2(TestTokens.staff("agent-1"))
                .get("/api/notifications?claimId={id}", event.data().claimId())
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].status", equalTo("SENT"))
                .body("[0].kind", equalTo("claim-submitted"))
                .body("[0].recipient", equalTo("a***@example.com"));
    }

    @Test
    void aPoisonEventIsDeadLetteredAndLaterEventsStillFlow() {
        String key = UUID.randomUUID().toString();
        publish(key, "this is not a cloud event".getBytes(StandardCharsets.UTF_8));
        String email = "after-poison-" + UUID.randomUUID() + "@example.com";
        ClaimEvent good = submitted(email);
        publish(good.data().claimId().toString(), CODEC.encode(good));

        awaitMailsTo(email, 1);
        var deadLetters = kafka.consume(Serdes.String(), Serdes.ByteArray())
                .withGroupId("dlq-reader-" + UUID.randomUUID())
                .fromTopics("claims.events.dlq")
                .awaitRecords(1, Duration.ofSeconds(30));
        assertThat(deadLetters.getRecords()).anySatisfy(record -> {
            assertThat(record.key()).isEqualTo(key);
            assertThat(record.headers().lastHeader("dead-letter-reason")).isNotNull();
        });
    }

    private static ClaimEvent submitted(String email) {
        UUID claimId = UUID.randomUUID();
        return new ClaimEvent(UUID.randomUUID(), ClaimEventType.SUBMITTED, ClaimEvent.SOURCE,
                OffsetDateTime.now(ZoneOffset.UTC),
                new ClaimEventData(claimId, "KP-" + claimId.toString().substring(0, 6), "SN-1", "TANK T3",
                        RequestType.DEFECT_RETURN, ClaimStatus.AWAITING_CONFIRMATION, null,
                        new ClaimEventData.Customer("c-1", email, "Ada", "en"), "2024-01",
                        new ClaimEventData.Figures(Money.of("199.00", "USD"), null, null, null),
                        List.of(), null, null, null));
    }

    /** Publishes as claims-service's outbox relay does: keyed by claim, with the CloudEvents content type. */
    private static void publish(String key, byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(ClaimEvent.TOPIC, key, value);
        record.headers().add("content-type", ClaimEventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        kafka.produce(Serdes.String(), Serdes.ByteArray())
                .fromRecords(record)
                .awaitCompletion(Duration.ofSeconds(20));
    }

    private static List<MailCatcher.CaughtMail> mailsTo(String email) {
        return SmtpResource.mails().stream().filter(mail -> mail.to().contains(email)).toList();
    }

    private static List<MailCatcher.CaughtMail> awaitMailsTo(String email, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(email).size() >= count);
        return mailsTo(email);
    }
}
