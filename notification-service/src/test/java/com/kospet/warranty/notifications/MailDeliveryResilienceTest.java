package com.kospet.warranty.notifications;

import com.kospet.warranty.model.ClaimStatus;
import com.kospet.warranty.model.event.ClaimEvent;
import com.kospet.warranty.model.event.ClaimEventType;
import com.kospet.warranty.notifications.delivery.MailQueue;
import com.kospet.warranty.notifications.persistence.SentMail;
import com.kospet.warranty.testinfra.PerTestClass;
import com.kospet.warranty.testinfra.SmtpResource;
import com.kospet.warranty.testinfra.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.kospet.warranty.notifications.TestEvents.CODEC;
import static com.kospet.warranty.notifications.TestEvents.awaitMailsTo;
import static com.kospet.warranty.notifications.TestEvents.mailsTo;
import static com.kospet.warranty.notifications.TestEvents.publish;
import static com.kospet.warranty.testinfra.OpenApiContract.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class MailDeliveryResilienceTest {

    @RegisterExtension
    static final PerTestClass<KafkaCompanion> kafka = PerTestClass.of(TestEvents::kafka);

    @Inject
    TestClock clock;

    @Inject
    MailQueue queue;

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void smtpIsBack() {
        SmtpResource.resume();
    }

    @Test
    void anSmtpOutageDelaysTheMailButLosesNothing() {
        TestEvents.Claim claim = cancelledClaim();
        SmtpResource.pause();

        publish(kafka.get(), claim.event(ClaimEventType.CANCELLED, clock.instant()));

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Map<String, Object> mail = notification(claim.id, "claim-cancelled");
            return mail != null && (int) mail.get("attempts") >= 2 && "PENDING".equals(mail.get("status"));
        });
        assertThat((String) notification(claim.id, "claim-cancelled").get("lastError")).isNotBlank();

        SmtpResource.resume();

        assertThat(awaitMailsTo(claim.email, 1)).hasSize(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(notification(claim.id, "claim-cancelled").get("status")));
    }

    @Test
    void aMailThatCannotBeDeliveredIsGivenUpAndItsEventDeadLetteredWithTheReason() {
        TestEvents.Claim claim = cancelledClaim();
        SmtpResource.pause();

        publish(kafka.get(), claim.event(ClaimEventType.CANCELLED, clock.instant()));

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Map<String, Object> mail = notification(claim.id, "claim-cancelled");
            return mail != null && "FAILED".equals(mail.get("status"));
        });
        assertThat(notification(claim.id, "claim-cancelled").get("attempts")).isEqualTo(5);
        var dlq = kafka.get().consume(Serdes.String(), Serdes.ByteArray())
                .withGroupId("dlq-reader-" + UUID.randomUUID())
                .fromTopics("claims.events.dlq");
        await().atMost(Duration.ofSeconds(30)).until(() -> dlq.getRecords().stream()
                .anyMatch(record -> claim.id.toString().equals(record.key())));
        var record = dlq.getRecords().stream().filter(r -> claim.id.toString().equals(r.key())).findFirst().orElseThrow();
        assertThat(new String(record.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains("claim-cancelled not delivered after 5 attempts");
        assertThat(CODEC.decode(record.value()).data().claimId()).isEqualTo(claim.id);
        dlq.close();

        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("notifications_mails_dead_lettered_total{kind=\"claim-cancelled\""))
                .body(containsString("notifications_mails_attempts_failed_total{kind=\"claim-cancelled\""));
    }

    @Test
    void aMailWhoseOutcomeWasLostInACrashIsSentAgainFlaggedAndNeverAThirdTime() {
        TestEvents.Claim claim = cancelledClaim();
        ClaimEvent event = claim.event(ClaimEventType.CANCELLED, clock.instant());
        // As if the service stopped after handing the mail to SMTP and before recording the outcome.
        QuarkusTransaction.requiringNew().run(() -> {
            queue.record(event, CODEC.encode(event));
            SentMail mail = SentMail.byKey(event.id() + ":claim-cancelled").orElseThrow();
            mail.status = SentMail.Status.SENDING;
            mail.attempts = 1;
            mail.nextAttemptAt = clock.instant().minusSeconds(1);
        });

        awaitMailsTo(claim.email, 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(notification(claim.id, "claim-cancelled").get("status")));
        Map<String, Object> mail = notification(claim.id, "claim-cancelled");
        assertThat((boolean) mail.get("possiblyDuplicate")).isTrue();
        assertThat((int) mail.get("attempts")).isEqualTo(2);

        // The event itself arriving (again) afterwards sends nothing more.
        publish(kafka.get(), event);
        TestEvents.Claim marker = cancelledClaim();
        publish(kafka.get(), marker.event(ClaimEventType.CANCELLED, clock.instant()));
        awaitMailsTo(marker.email, 1);
        assertThat(mailsTo(claim.email)).hasSize(1);
    }

    @Test
    void anEventArrivingWhileTheDatabaseRefusesWritesWaitsForItInsteadOfBeingDeadLettered() throws SQLException {
        TestEvents.Claim claim = cancelledClaim();
        double retriesBefore = retries();
        // The database answers as while it restarts (SQLSTATE 57P03), for this claim's rows only.
        sql("create or replace function notifications.refuse_writes() returns trigger language plpgsql as $$ "
                + "begin raise exception 'the database system is starting up' using errcode = '57P03'; end $$");
        sql("create trigger refuse_writes before insert on notifications.sent_log for each row "
                + "when (new.claim_id = '" + claim.id + "') execute function notifications.refuse_writes()");

        publish(kafka.get(), claim.event(ClaimEventType.CANCELLED, clock.instant()));

        await().atMost(Duration.ofSeconds(30)).until(() -> retries() >= retriesBefore + 3);
        assertThat(MailDeliveryResilienceTest.notification(claim.id, "claim-cancelled")).isNull();

        sql("drop trigger refuse_writes on notifications.sent_log");
        assertThat(awaitMailsTo(claim.email, 1)).hasSize(1);

        // A poison event published after it reaches the dead-letter topic; the claim's event never did.
        String poison = UUID.randomUUID().toString();
        publish(kafka.get(), poison, "not an event".getBytes(StandardCharsets.UTF_8));
        var dlq = kafka.get().consume(Serdes.String(), Serdes.ByteArray())
                .withGroupId("dlq-reader-" + UUID.randomUUID())
                .fromTopics("claims.events.dlq");
        await().atMost(Duration.ofSeconds(30)).until(() -> dlq.getRecords().stream().anyMatch(r -> poison.equals(r.key())));
        assertThat(dlq.getRecords()).noneMatch(record -> claim.id.toString().equals(record.key()));
        dlq.close();
    }

    @AfterEach
    void databaseTakesWritesAgain() throws SQLException {
        sql("drop trigger if exists refuse_writes on notifications.sent_log");
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    private static double retries() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        // The value, not the exemplar (" # {trace_id=...} 1.0") a sample may end in.
        Matcher matcher = Pattern.compile("^notifications_events_store_retries_total(?:\\{[^}]*\\})? (\\S+)(?: # \\{.*)?$", Pattern.MULTILINE)
                .matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }

    private static TestEvents.Claim cancelledClaim() {
        TestEvents.Claim claim = new TestEvents.Claim();
        claim.status = ClaimStatus.CANCELLED;
        return claim;
    }

    /** The staff view of one mail of a claim, or null while there is none. */
    static Map<String, Object> notification(UUID claimId, String kind) {
        return given().auth().oauth2(TestTokens.staff("agent-1"))
                .get("/api/notifications?claimId={id}", claimId)
                .then().statusCode(200).extract().jsonPath()
                .getMap("find { it.kind == '" + kind + "' }");
    }
}
