package com.kospet.warranty.notifications;

import com.kospet.warranty.model.ClaimStatus;
import com.kospet.warranty.model.RequestType;
import com.kospet.warranty.model.event.ClaimEvent;
import com.kospet.warranty.model.event.ClaimEventCodec;
import com.kospet.warranty.model.event.ClaimEventData;
import com.kospet.warranty.model.event.ClaimEventType;
import com.kospet.warranty.model.policy.Requirement;
import com.kospet.warranty.model.policy.ServiceTimes;
import com.kospet.warranty.stack.MailCatcher;
import com.kospet.warranty.testinfra.KafkaResource;
import com.kospet.warranty.testinfra.SmtpResource;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** Claim events as claims-service publishes them, and the mail they cause. */
final class TestEvents {

    static final ClaimEventCodec CODEC = new ClaimEventCodec();

    private TestEvents() {
    }

    /** WF-6 as policy version 2024-01 states it, the service times claims-service freezes on its claims. */
    static final ServiceTimes V2024_01 = new ServiceTimes(Duration.ofHours(24), 7, Period.ofDays(7), Duration.ofHours(48),
            10, 30);

    /** One claim's snapshot, changed step by step as the claim moves on. */
    static final class Claim {
        final UUID id = UUID.randomUUID();
        final String email = "c-" + id + "@example.com";
        /** The customer's id (their token's subject); set the same on two claims of one customer. */
        String customerId = "customer-" + id;
        String name = "Ada";
        String locale = "en";
        RequestType requestType = RequestType.DEFECT_RETURN;
        ClaimStatus status = ClaimStatus.AWAITING_CONFIRMATION;
        ClaimEventData.Figures money;
        List<Requirement> missing = new ArrayList<>();
        ClaimEventData.Deadlines deadlines;
        ClaimEventData.Shipment shipment;
        ClaimEventData.Rejection rejection;
        String replacementUnitId;
        String policyVersion = "2024-01";
        ServiceTimes serviceTimes = V2024_01;

        String reference() {
            return id.toString().substring(0, 8).toUpperCase(Locale.ROOT);
        }

        String orderNumber() {
            return "KP-" + id.toString().substring(0, 6);
        }

        ClaimEvent event(ClaimEventType type, Instant time) {
            return new ClaimEvent(UUID.randomUUID(), type, ClaimEvent.SOURCE, time.atOffset(ZoneOffset.UTC),
                    new ClaimEventData(id, orderNumber(), "SN-1", "TANK T3", requestType, status, null,
                            new ClaimEventData.Customer(customerId, email, name, locale), policyVersion, money, missing,
                            deadlines, shipment, rejection, "SN-1", replacementUnitId, serviceTimes));
        }
    }

    /** Publishes as claims-service's outbox relay does: keyed by claim, with the CloudEvents content type. */
    static void publish(KafkaCompanion kafka, String key, byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(ClaimEvent.TOPIC, key, value);
        record.headers().add("content-type", ClaimEventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        kafka.produce(Serdes.String(), Serdes.ByteArray())
                .fromRecords(record)
                .awaitCompletion(Duration.ofSeconds(20));
    }

    static void publish(KafkaCompanion kafka, ClaimEvent event) {
        publish(kafka, event.data().claimId().toString(), CODEC.encode(event));
    }

    static KafkaCompanion kafka() {
        return new KafkaCompanion(KafkaResource.bootstrapServers());
    }

    static List<MailCatcher.CaughtMail> mailsTo(String email) {
        return SmtpResource.mails().stream().filter(mail -> mail.to().contains(email)).toList();
    }

    static List<MailCatcher.CaughtMail> mailsAbout(String email, String subjectPart) {
        return mailsTo(email).stream().filter(mail -> mail.subject().contains(subjectPart)).toList();
    }

    static List<MailCatcher.CaughtMail> awaitMailsTo(String email, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(email).size() >= count);
        return mailsTo(email);
    }

    static MailCatcher.CaughtMail awaitMailAbout(String email, String subjectPart) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !mailsAbout(email, subjectPart).isEmpty());
        return mailsAbout(email, subjectPart).get(0);
    }
}
