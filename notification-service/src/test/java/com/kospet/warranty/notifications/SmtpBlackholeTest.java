package com.kospet.warranty.notifications;

import com.kospet.warranty.model.ClaimStatus;
import com.kospet.warranty.model.event.ClaimEventType;
import com.kospet.warranty.stack.MailCatcher;
import com.kospet.warranty.testinfra.PerTestClass;
import com.kospet.warranty.testinfra.SmtpResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.kospet.warranty.notifications.MailDeliveryResilienceTest.notification;
import static com.kospet.warranty.notifications.TestEvents.mailsTo;
import static com.kospet.warranty.notifications.TestEvents.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The network to the SMTP server DROPs packets for a while, in the middle of a mail: the service gives the
 * connection up after {@code notifications.smtp.reply-timeout} (2 s in tests) by closing it, retries on a new
 * connection once the network is back, and flags the retry. A {@link BlackholeProxy} sits between the service
 * and the real GreenMail server; each blackhole lasts {@link #BLACKHOLE}.
 */
@QuarkusTest
class SmtpBlackholeTest {

    private static final Duration BLACKHOLE = Duration.ofSeconds(5);
    @RegisterExtension
    static final PerTestClass<KafkaCompanion> kafka = PerTestClass.of(TestEvents::kafka);

    @Inject
    TestClock clock;

    private BlackholeProxy proxy;

    @BeforeEach
    void proxyBetweenServiceAndSmtpServer() throws IOException {
        int server = SmtpResource.moveAside();
        proxy = BlackholeProxy.start(SmtpResource.servicePort(), server);
    }

    @AfterEach
    void smtpServerBackInPlace() {
        proxy.close();
        SmtpResource.resume();
    }

    @Test
    void aMailAcceptedWhileItsAnswerWasDroppedIsSentAgainFlaggedWithTheSameMessageId() throws InterruptedException {
        TestEvents.Claim claim = cancelledClaim();
        // The server receives the whole mail and accepts it; its "250 OK" never reaches the service.
        proxy.blackholeOnceServiceSends("\r\n.\r\n", claim.email);

        publish(kafka.get(), claim.event(ClaimEventType.CANCELLED, clock.instant()));
        blackholeUntilTheNetworkComesBack();

        settles().atMost(Duration.ofSeconds(20)).until(() -> "SENT".equals(notification(claim.id, "claim-cancelled").get("status")));
        Map<String, Object> mail = notification(claim.id, "claim-cancelled");
        assertThat((boolean) mail.get("possiblyDuplicate")).isTrue();
        assertThat((int) mail.get("attempts")).isGreaterThanOrEqualTo(2);
        assertThat((String) mail.get("messageId")).matches("<[0-9a-f-]{36}@warranty\\.kospet\\.com>");
        // Two copies, no more, one Message-ID: the receiver can tell it is one mail.
        Thread.sleep(Duration.ofSeconds(3).toMillis());
        List<MailCatcher.CaughtMail> copies = mailsTo(claim.email);
        assertThat(copies).hasSize(2);
        assertThat(copies).extracting(MailCatcher.CaughtMail::messageId).containsOnly((String) mail.get("messageId"));
        assertThat(proxy.closedByServiceWhileDark()).as("connections the service gave up while the network was dark")
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void aMailCutOffBeforeItsEndArrivesOnceAfterTheBlackholeAndTheCutOffExchangeNeverCompletes() throws InterruptedException {
        TestEvents.Claim claim = cancelledClaim();
        // The server's go-ahead for the message ("354") is dropped: the mail itself never reaches it.
        proxy.blackholeOnceServiceSends("DATA\r\n", claim.email);

        publish(kafka.get(), claim.event(ClaimEventType.CANCELLED, clock.instant()));
        blackholeUntilTheNetworkComesBack();

        settles().atMost(Duration.ofSeconds(20)).until(() -> "SENT".equals(notification(claim.id, "claim-cancelled").get("status")));
        Map<String, Object> mail = notification(claim.id, "claim-cancelled");
        // The service cannot tell where the exchange stopped, so the retry is flagged all the same.
        assertThat((boolean) mail.get("possiblyDuplicate")).isTrue();
        assertThat((int) mail.get("attempts")).isGreaterThanOrEqualTo(2);
        // Had the first connection been kept open, the held "354" would let it finish now: a second copy.
        Thread.sleep(Duration.ofSeconds(3).toMillis());
        List<MailCatcher.CaughtMail> copies = mailsTo(claim.email);
        assertThat(copies).hasSize(1);
        assertThat(copies.get(0).messageId()).isEqualTo(mail.get("messageId"));
        assertThat(proxy.closedByServiceWhileDark()).isGreaterThanOrEqualTo(1);
    }

    /** Waits for the proxy to go dark (bounded), keeps it dark for {@link #BLACKHOLE}, then restores it. */
    private void blackholeUntilTheNetworkComesBack() throws InterruptedException {
        try {
            settles().atMost(Duration.ofSeconds(20)).until(proxy::isDark);
            Thread.sleep(BLACKHOLE.toMillis());
        } finally {
            proxy.restore();
        }
    }

    /**
     * Awaitility fails on any uncaught exception in any thread; here GreenMail's connection threads end with one
     * whenever a connection cut off mid-exchange is what the test is about.
     */
    private static ConditionFactory settles() {
        return await().dontCatchUncaughtExceptions();
    }

    private static TestEvents.Claim cancelledClaim() {
        TestEvents.Claim claim = new TestEvents.Claim();
        claim.status = ClaimStatus.CANCELLED;
        return claim;
    }
}
