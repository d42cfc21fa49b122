package com.kospet.warranty.notifications;

import com.kospet.warranty.model.ClaimStatus;
import com.kospet.warranty.model.event.ClaimEventType;
import com.kospet.warranty.notifications.persistence.SentMail;
import com.kospet.warranty.stack.MailCatcher;
import com.kospet.warranty.testinfra.PerTestClass;
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
 * An event's mail goes out as soon as the event is recorded, not at the sender's next poll: here the poll is an hour
 * away ({@link MailWakeUpProfile}), so every mail within the test was sent on its event's wake-up.
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
            // Any bound far below the hour-long poll proves the wake-up; this one leaves room for a slow first SMTP exchange.
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                    .until(() -> mailsTo(claim.email).size() == 1);
            assertThat(mailsTo(claim.email).get(0).subject()).contains("We received");
        }
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

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> mailsTo(claim.email).size() == 2);
        assertThat(mailsTo(claim.email)).extracting(MailCatcher.CaughtMail::subject)
                .satisfiesExactly(first -> assertThat(first).contains("We received"),
                        second -> assertThat(second).contains("is confirmed"));
    }
}
