package com.kospet.warranty.notifications;

import com.kospet.warranty.testinfra.PerTestClass;
import com.kospet.warranty.model.ClaimStatus;
import com.kospet.warranty.model.event.ClaimEventType;
import com.kospet.warranty.testinfra.SmtpResource;
import com.kospet.warranty.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.kospet.warranty.notifications.TestEvents.awaitMailsTo;
import static com.kospet.warranty.notifications.TestEvents.publish;
import static com.kospet.warranty.testinfra.OpenApiContract.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** GET /api/notifications?claimId= and the delivery counters in /q/metrics. */
@QuarkusTest
class NotificationApiTest {

    @RegisterExtension
    static final PerTestClass<KafkaCompanion> kafka = PerTestClass.of(TestEvents::kafka);

    @Inject
    TestClock clock;

    @AfterEach
    void smtpIsBack() {
        SmtpResource.resume();
    }

    @Test
    void staffSeeWhatWasSentWhenToWhomWithWhichOutcomeAndHowManyAttempts() {
        TestEvents.Claim claim = new TestEvents.Claim();
        Instant before = clock.instant();
        publish(kafka.get(), claim.event(ClaimEventType.SUBMITTED, before));
        String messageId = awaitMailsTo(claim.email, 1).get(0).messageId();
        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(statusOf(claim.id, "claim-submitted")));

        Map<String, Object> sent = view(claim.id, "claim-submitted");
        assertThat(sent).containsEntry("recipient", "c***@example.com")
                .containsEntry("subject", "We received your request " + claim.reference())
                .containsEntry("attempts", 1)
                .containsEntry("possiblyDuplicate", false)
                .containsEntry("messageId", messageId);
        assertThat(messageId).endsWith("@warranty.kospet.com>");
        assertThat(sent.get("lastError")).isNull();
        assertThat(Instant.parse((String) sent.get("sentAt"))).isAfterOrEqualTo(before.minusSeconds(1));
        assertThat(Instant.parse((String) sent.get("createdAt"))).isBeforeOrEqualTo(Instant.parse((String) sent.get("sentAt")));
        assertThat(sent.toString()).doesNotContain(claim.email);

        Map<String, Object> alert = view(claim.id, "unconfirmed-alert");
        assertThat(alert).containsEntry("status", "PENDING").containsEntry("attempts", 0)
                .containsEntry("recipient", "w***@kospet.com");
        // PostgreSQL keeps microseconds, rounded.
        assertThat(Instant.parse((String) alert.get("dueAt"))).isCloseTo(before.plus(Duration.ofHours(20)), within(1, ChronoUnit.MILLIS));
    }

    @Test
    void aMailGivenUpShowsAsFailedWithItsAttemptsAndTheSmtpErrorWithoutTheAddress() {
        TestEvents.Claim claim = new TestEvents.Claim();
        claim.status = ClaimStatus.CANCELLED;
        SmtpResource.pause();

        publish(kafka.get(), claim.event(ClaimEventType.CANCELLED, clock.instant()));

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Map<String, Object> mail = view(claim.id, "claim-cancelled");
            return mail != null && "FAILED".equals(mail.get("status"));
        });
        Map<String, Object> failed = view(claim.id, "claim-cancelled");
        assertThat(failed).containsEntry("attempts", 5).containsEntry("recipient", "c***@example.com");
        assertThat(failed.get("sentAt")).isNull();
        assertThat(failed.get("nextAttemptAt")).isNull();
        assertThat((String) failed.get("lastError")).isNotBlank().doesNotContain(claim.email);
    }

    @Test
    void anUnknownClaimHasNoMail() {
        given().auth().oauth2(TestTokens.staff("agent-1"))
                .get("/api/notifications?claimId={id}", UUID.randomUUID())
                .then().statusCode(200).body("$", empty());
    }

    @Test
    void aMethodTheNotificationsDoNotTakeIsA405ThatNamesTheMethodsTheyDo() {
        // Outside the API document, so outside its contract.
        RestAssured.given().auth().oauth2(TestTokens.staff("agent-1"))
                .delete("/api/notifications")
                .then().statusCode(405).contentType("application/problem+json")
                .body("type", equalTo("about:blank"))
                .header("Allow", equalTo("GET, HEAD, OPTIONS"));
    }

    @Test
    void onlyStaffMayReadWhatWasSent() {
        UUID claimId = UUID.randomUUID();
        given().get("/api/notifications?claimId={id}", claimId)
                .then().statusCode(401);
        given().auth().oauth2(TestTokens.customer("c-1", "c-1@example.com"))
                .get("/api/notifications?claimId={id}", claimId)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.service("payment-system"))
                .get("/api/notifications?claimId={id}", claimId)
                .then().statusCode(403);
    }

    @Test
    void aClaimIdThatIsNoUuidIsABadRequestInProblemDetails() {
        given().auth().oauth2(TestTokens.staff("agent-1"))
                .get("/api/notifications?claimId=not-a-claim")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Invalid request"))
                .body("errors.field", hasItem("claimId"));
    }

    @Test
    void aMissingClaimIdIsABadRequestInProblemDetails() {
        given().auth().oauth2(TestTokens.staff("agent-1"))
                .get("/api/notifications")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("claimId"))
                .body("errors.message", hasItem("claimId is required"));
    }

    @Test
    void smtpFailuresAndDeadLettersMoveTheirCounters() {
        double failedBefore = counter("notifications_mails_attempts_failed_total", "claim-cancelled");
        double givenUpBefore = counter("notifications_mails_dead_lettered_total", "claim-cancelled");
        double poisonBefore = counter("notifications_events_dead_lettered_total", null);
        double sentBefore = counter("notifications_mails_sent_total", "claim-cancelled");

        TestEvents.Claim claim = new TestEvents.Claim();
        claim.status = ClaimStatus.CANCELLED;
        SmtpResource.pause();
        publish(kafka.get(), claim.event(ClaimEventType.CANCELLED, clock.instant()));
        await().atMost(Duration.ofSeconds(30)).until(() -> "FAILED".equals(statusOf(claim.id, "claim-cancelled")));
        SmtpResource.resume();
        publish(kafka.get(), UUID.randomUUID().toString(), "not an event".getBytes(StandardCharsets.UTF_8));
        TestEvents.Claim delivered = new TestEvents.Claim();
        delivered.status = ClaimStatus.CANCELLED;
        publish(kafka.get(), delivered.event(ClaimEventType.CANCELLED, clock.instant()));
        awaitMailsTo(delivered.email, 1);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(counter("notifications_mails_attempts_failed_total", "claim-cancelled")).isGreaterThanOrEqualTo(failedBefore + 5);
            assertThat(counter("notifications_mails_dead_lettered_total", "claim-cancelled")).isGreaterThanOrEqualTo(givenUpBefore + 1);
            assertThat(counter("notifications_events_dead_lettered_total", null)).isGreaterThanOrEqualTo(poisonBefore + 1);
            assertThat(counter("notifications_mails_sent_total", "claim-cancelled")).isGreaterThanOrEqualTo(sentBefore + 1);
        });
    }

    private static String statusOf(UUID claimId, String kind) {
        Map<String, Object> mail = view(claimId, kind);
        return mail == null ? null : (String) mail.get("status");
    }

    /** The staff view of one mail of a claim, or null while there is none. */
    private static Map<String, Object> view(UUID claimId, String kind) {
        List<Map<String, Object>> mails = given().auth().oauth2(TestTokens.staff("agent-1"))
                .get("/api/notifications?claimId={id}", claimId)
                .then().statusCode(200).extract().jsonPath().getList("$");
        return mails.stream().filter(mail -> kind.equals(mail.get("kind"))).findFirst().orElse(null);
    }

    /** The sum of a counter's series in /q/metrics (those of one mail kind when given); 0 before it first moves. */
    private static double counter(String name, String kind) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        // A sample may end in an exemplar (" # {trace_id=...} 1.0"), the trace of its last increment: not the value.
        Pattern series = Pattern.compile("^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)(?: # \\{.*)?$", Pattern.MULTILINE);
        Matcher matcher = series.matcher(metrics);
        double sum = 0;
        while (matcher.find()) {
            if (kind == null || matcher.group(1).contains("kind=\"" + kind + "\"")) {
                sum += Double.parseDouble(matcher.group(2));
            }
        }
        return sum;
    }
}
