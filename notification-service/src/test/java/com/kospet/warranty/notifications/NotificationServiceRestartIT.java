package com.kospet.warranty.notifications;

import com.kospet.warranty.model.ClaimStatus;
import com.kospet.warranty.model.event.ClaimEvent;
import com.kospet.warranty.model.event.ClaimEventType;
import com.kospet.warranty.stack.JwtKeys;
import com.kospet.warranty.testinfra.KafkaResource;
import com.kospet.warranty.testinfra.PostgresResource;
import com.kospet.warranty.testinfra.SmtpResource;
import com.kospet.warranty.testinfra.TestTokens;
import io.restassured.RestAssured;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static com.kospet.warranty.notifications.TestEvents.awaitMailAbout;
import static com.kospet.warranty.notifications.TestEvents.awaitMailsTo;
import static com.kospet.warranty.notifications.TestEvents.mailsAbout;
import static com.kospet.warranty.notifications.TestEvents.mailsTo;
import static com.kospet.warranty.notifications.TestEvents.publish;
import static com.kospet.warranty.testinfra.OpenApiContract.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A restart in the middle loses nothing. The packaged service ({@code target/quarkus-app}) runs as its own
 * process against real PostgreSQL, Kafka and SMTP and is killed with SIGKILL, as in a crash: no shutdown hook
 * runs, nothing in memory survives, offsets acknowledged in the last commit interval are not committed. A
 * second process with the same configuration must then deliver, exactly once each, what the first one owed:
 * mail recorded while SMTP was down, an SLA alert scheduled before the crash and due after it, and the events
 * published while no instance ran. An in-process test cannot show this: a Quarkus test application is never
 * killed, and the test resources give each application start a clean schema.
 *
 * <p>Real time is the clock here, so the SLA alert is configured to fall due 40 s after submission.
 */
class NotificationServiceRestartIT {

    private static final Duration UNCONFIRMED_AFTER = Duration.ofSeconds(40);
    private static final String STAFF = "sla-" + UUID.randomUUID() + "@kospet.com";

    private static final PostgresResource POSTGRES = new PostgresResource();
    private static final KafkaResource KAFKA = new KafkaResource();
    private static final SmtpResource SMTP = new SmtpResource();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static Map<String, String> environment;
    private static KafkaCompanion kafka;
    private Process service;
    private int port;

    @BeforeAll
    static void startInfrastructure() {
        // The outage is made by stopping the in-process SMTP server, which an external one (SMTP_HOST) replaces.
        Assumptions.assumeTrue(System.getenv("SMTP_HOST") == null || System.getenv("SMTP_HOST").isBlank(),
                "needs the in-process SMTP server");
        Map<String, String> db = POSTGRES.start();
        KAFKA.start();
        Map<String, String> smtp = SMTP.start();
        environment = new LinkedHashMap<>();
        environment.put("DB_URL", db.get("quarkus.datasource.jdbc.url"));
        environment.put("DB_USER", db.get("quarkus.datasource.username"));
        environment.put("DB_PASSWORD", db.get("quarkus.datasource.password"));
        environment.put("KAFKA_BOOTSTRAP_SERVERS", KafkaResource.bootstrapServers());
        environment.put("SMTP_HOST", smtp.get("quarkus.mailer.host"));
        environment.put("SMTP_PORT", smtp.get("quarkus.mailer.port"));
        environment.put("JWT_PUBLIC_KEY_LOCATION", TestTokens.publicKeyPem().toAbsolutePath().toString());
        environment.put("JWT_ISSUER", JwtKeys.ISSUER);
        environment.put("STAFF_ALERT_EMAIL", STAFF);
        environment.put("SLA_UNCONFIRMED_AFTER", UNCONFIRMED_AFTER.toSeconds() + "s");
        // Retry soon and never give up during the outage; consume as a group of its own on a shared broker.
        environment.put("MAIL_MAX_ATTEMPTS", "1000");
        environment.put("NOTIFICATIONS_DELIVERY_POLL_INTERVAL", "200ms");
        environment.put("NOTIFICATIONS_DELIVERY_INITIAL_BACKOFF", "500ms");
        environment.put("NOTIFICATIONS_DELIVERY_MAX_BACKOFF", "2s");
        environment.put("MP_MESSAGING_INCOMING_CLAIMS_EVENTS_GROUP_ID", "notification-service-" + UUID.randomUUID());
        kafka = new KafkaCompanion(KafkaResource.bootstrapServers());
    }

    @AfterAll
    static void stopInfrastructure() {
        if (kafka != null) {
            kafka.close();
            SMTP.stop();
            KAFKA.stop();
            POSTGRES.stop();
        }
    }

    @AfterEach
    void stopService() throws InterruptedException {
        if (service != null && service.isAlive()) {
            service.destroy();
            if (!service.waitFor(20, TimeUnit.SECONDS)) {
                service.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void mailOwedAndAlertsScheduledBeforeACrashAreDeliveredOnceAfterTheRestart() throws Exception {
        SmtpResource.pause();
        port = freePort();
        start("first");

        TestEvents.Claim submitted = new TestEvents.Claim();
        Instant submittedAt = Instant.now();
        ClaimEvent submission = submitted.event(ClaimEventType.SUBMITTED, submittedAt);
        publish(kafka, submission);
        TestEvents.Claim cancelled = new TestEvents.Claim();
        cancelled.status = ClaimStatus.CANCELLED;
        publish(kafka, cancelled.event(ClaimEventType.CANCELLED, Instant.now()));

        // SMTP is down: the mails are recorded and retried, the alert waits for its time.
        await().atMost(Duration.ofSeconds(60)).until(() ->
                failedAtLeastOnce(submitted.id, "claim-submitted") && failedAtLeastOnce(cancelled.id, "claim-cancelled"));
        assertThat(mail(submitted.id, "unconfirmed-alert")).containsEntry("status", "PENDING")
                .containsEntry("attempts", 0);

        crash();

        // While no instance runs: a new claim, and the first claim's event again (as after an uncommitted offset).
        TestEvents.Claim whileDown = new TestEvents.Claim();
        publish(kafka, whileDown.event(ClaimEventType.SUBMITTED, Instant.now()));
        publish(kafka, submission);
        SmtpResource.resume();
        Instant restartedAt = Instant.now();
        start("second");

        awaitMailsTo(submitted.email, 1);
        awaitMailsTo(cancelled.email, 1);
        // The crashed instance never left the consumer group: its partitions move to the new one only after the
        // broker's session timeout (45 s by default).
        await().atMost(Duration.ofSeconds(120)).until(() -> !mailsTo(whileDown.email).isEmpty());
        await().atMost(UNCONFIRMED_AFTER.plusSeconds(60)).until(() -> !mailsAbout(STAFF, submitted.reference()).isEmpty());
        Map<String, Object> alert = mail(submitted.id, "unconfirmed-alert");
        assertThat(Instant.parse((String) alert.get("sentAt")))
                .isAfterOrEqualTo(Instant.parse((String) alert.get("dueAt")))
                .isAfter(restartedAt);

        // The new claim's own alert is due 40 s after it: once it is out, every earlier one had its chance to repeat.
        awaitMailAbout(STAFF, whileDown.reference());
        assertThat(mailsTo(submitted.email)).hasSize(1);
        assertThat(mailsTo(cancelled.email)).hasSize(1);
        assertThat(mailsTo(whileDown.email)).hasSize(1);
        assertThat(mailsAbout(STAFF, submitted.reference())).hasSize(1);
        assertThat(mails(submitted.id)).extracting(mail -> mail.get("status")).containsOnly("SENT");
        assertThat(mails(submitted.id)).hasSize(2);
    }

    private void start(String name) throws IOException, InterruptedException {
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath();
        assertThat(jar).as("the packaged service").exists();
        Path log = Path.of("target/restart-it-" + name + ".log").toAbsolutePath();
        Files.deleteIfExists(log);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("HTTP_PORT", Integer.toString(port));
        // The answers are held to the OpenAPI document of this process, which OpenApiContract reads from RestAssured's port.
        RestAssured.port = port;
        service = builder.start();
        awaitReady(log);
    }

    /** SIGKILL: the process gets no chance to finish a pass, commit an offset or close anything. */
    private void crash() throws InterruptedException {
        service.destroyForcibly();
        assertThat(service.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(service.exitValue()).isEqualTo(137);
    }

    private void awaitReady(Path log) throws InterruptedException {
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            assertThat(service.isAlive()).as("the service stopped while starting; see " + log).isTrue();
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(300);
        }
        throw new AssertionError("the service was not ready within 120 s; see " + log);
    }

    private boolean failedAtLeastOnce(UUID claimId, String kind) {
        Map<String, Object> mail = mail(claimId, kind);
        return mail != null && "PENDING".equals(mail.get("status")) && (int) mail.get("attempts") >= 1
                && mail.get("lastError") != null;
    }

    private List<Map<String, Object>> mails(UUID claimId) {
        return given().baseUri("http://localhost:" + port).auth().oauth2(TestTokens.staff("agent-1"))
                .get("/api/notifications?claimId={id}", claimId)
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    private Map<String, Object> mail(UUID claimId, String kind) {
        return mails(claimId).stream().filter(mail -> kind.equals(mail.get("kind"))).findFirst().orElse(null);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
