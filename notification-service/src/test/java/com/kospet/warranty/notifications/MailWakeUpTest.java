package com.kospet.warranty.notifications;

import com.kospet.warranty.model.ClaimStatus;
import com.kospet.warranty.model.event.ClaimEventType;
import com.kospet.warranty.notifications.persistence.SentMail;
import com.kospet.warranty.stack.MailCatcher;
import com.kospet.warranty.testinfra.PerTestClass;
import com.kospet.warranty.testinfra.SmtpResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.kospet.warranty.notifications.TestEvents.mailsTo;
import static com.kospet.warranty.notifications.TestEvents.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event's mail goes out as soon as the event is recorded, and a failed attempt's retry as soon as its back-off
 * ends, not at the sender's next poll: here the poll is an hour away ({@link MailWakeUpProfile}), so every mail within
 * the test was sent on a wake-up.
 */
@QuarkusTest
@TestProfile(MailWakeUpProfile.class)
class MailWakeUpTest {

    @RegisterExtension
    static final PerTestClass<KafkaCompanion> kafka = PerTestClass.of(TestEvents::kafka);

    @Inject
    TestClock clock;

    @Test
    void eachClaimsAcknowledgementGoesOutWithinSecondsOfItsEventBeingRecordedThoughThePollIsAnHourAway() {
        List<TestEvents.Claim> claims = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            TestEvents.Claim claim = new TestEvents.Claim();
            claims.add(claim);
            publish(kafka.get(), claim.event(ClaimEventType.SUBMITTED, clock.instant()));
        }
        for (TestEvents.Claim claim : claims) {
            // The consumer may take a while to join its group after the start; the mail's clock starts once the
            // event is recorded.
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> recorded(claim));
            // Any bound far below the hour-long poll proves the wake-up; this one leaves room for a first SMTP exchange
            // that fails (the test server can drop one after 30 s) and its retry when the back-off ends.
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(20))
                    .until(() -> !mailsTo(claim.email).isEmpty());
            assertThat(mailsTo(claim.email).get(0).subject()).contains("We received");
        }
    }

    @Test
    void aFailedAttemptIsTriedAgainWhenItsBackOffEndsThoughThePollIsAnHourAway() {
        TestEvents.Claim claim = new TestEvents.Claim();
        SmtpResource.pause();
        try {
            publish(kafka.get(), claim.event(ClaimEventType.SUBMITTED, clock.instant()));
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> failedAttempts(claim) >= 1);
        } finally {
            SmtpResource.resume();
        }
        // Only the retry scheduled for the end of the back-off (half a second in tests) can send it within the test.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> !mailsTo(claim.email).isEmpty());
        assertThat(mailsTo(claim.email).get(0).subject()).contains("We received");
    }

    private static int failedAttempts(TestEvents.Claim claim) {
        return QuarkusTransaction.requiringNew().call(() -> SentMail.<SentMail>find("claimId = ?1 and kind = ?2",
                        claim.id, "claim-submitted").firstResultOptional()
                .filter(mail -> mail.lastError != null).map(mail -> mail.attempts).orElse(0));
    }

    private static boolean recorded(TestEvents.Claim claim) {
        return QuarkusTransaction.requiringNew().call(() -> SentMail.count("claimId", claim.id)) > 0;
    }

    @Test
    void aClaimsMailsGoOutOneAfterAnotherInTheOrderOfItsEvents() {
        TestEvents.Claim claim = new TestEvents.Claim();
        publish(kafka.get(), claim.event(ClaimEventType.SUBMITTED, clock.instant()));
        claim.status = ClaimStatus.AWAITING_RETURN;
        claim.deadlines = new com.kospet.warranty.model.event.ClaimEventData.Deadlines(null, LocalDate.of(2030, 3, 15),
                null, null, null, null);
        publish(kafka.get(), claim.event(ClaimEventType.CONFIRMED, clock.instant()));

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(50)).until(() -> mailsTo(claim.email).size() >= 2);
        assertThat(mailsTo(claim.email)).extracting(MailCatcher.CaughtMail::subject)
                .satisfiesExactly(first -> assertThat(first).contains("We received"),
                        second -> assertThat(second).contains("is confirmed"));
    }
}
