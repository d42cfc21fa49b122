package com.kospet.warranty.system;

import com.kospet.warranty.model.event.ClaimEvent;
import com.kospet.warranty.model.event.ClaimEventCodec;
import com.kospet.warranty.model.event.ClaimEventType;
import com.kospet.warranty.stack.MailCatcher;
import com.kospet.warranty.stack.Ports;
import com.kospet.warranty.stack.PostgresServer;
import com.kospet.warranty.stack.ServiceProcess;
import com.kospet.warranty.stack.Stack;
import com.kospet.warranty.stack.StackOptions;
import com.kospet.warranty.testinfra.ClaimEventsTopic;
import com.kospet.warranty.testinfra.OpenApiContract;
import com.kospet.warranty.testinfra.RepoRoot;
import com.kospet.warranty.testinfra.S3Resource;
import com.kospet.warranty.testinfra.TestTokens;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of every service on one PostgreSQL, a three-broker Kafka cluster and one S3 bucket, under a steady
 * stream of claims and staff confirmations spread over both claims-service instances, while one claims-service, one
 * notification-service and one Kafka broker are killed (SIGKILL) and started again after a pause. Afterwards every
 * accepted claim has exactly its events, in order, on {@code claims.events}; every mail, reminder and SLA alert went out
 * once (a second copy, with the same Message-ID, only where the service flagged the mail possibly duplicate); claims
 * overdue for both instances' expiry jobs expired once each; evidence stored through one instance is read through the
 * other; and the instances that were not killed answered every request.
 * <p>
 * Six service processes and a Kafka cluster take a few minutes to start on a small machine; a quick local run may
 * leave this out with {@code -Dwarranty.system.several-instances=false}.
 */
@DisabledIfSystemProperty(named = "warranty.system.several-instances", matches = "false")
class SeveralInstancesSystemTest {

    private static final Duration LOAD = Duration.ofSeconds(40);
    private static final int CLIENTS = 2;
    /** Every fourth claim is left unconfirmed, so that its SLA alert falls due on one of the two schedulers. */
    private static final int UNCONFIRMED_EVERY = 4;
    private static final String STAFF_ADDRESS = "warranty-staff@example.com";
    private static final Duration READY = Duration.ofSeconds(180);
    /** Confirmed claims whose ship-back deadline is moved into the past, for both instances' expiry jobs to race on. */
    private static final int EXPIRING = 6;

    private static Stack stack;
    private static S3Resource s3;
    private static final Map<String, ServiceProcess> instances = new LinkedHashMap<>();

    /** One claim the client had accepted, and what the test expects of it. */
    record Accepted(String id, String email, boolean confirmed, boolean expiring) {
        String reference() {
            return id.substring(0, 8).toUpperCase();
        }
    }

    private final List<Accepted> accepted = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicInteger replays = new AtomicInteger();
    private final List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void startTwoOfEverything() throws Exception {
        Path root = RepoRoot.find();
        Path work = Files.createTempDirectory(root.resolve("system-tests/target").toAbsolutePath(), "instances-");
        stack = Stack.startInfrastructure(new StackOptions(root, work, false, 0, 0, 3, 0, -1, 0, 1, 0, 0,
                Optional.of(TestTokens.privateKeyPem()), Optional.of(TestTokens.publicKeyPem())));
        s3 = new S3Resource();
        s3.start();
        S3Resource.Server bucket = S3Resource.server();
        Map<String, String> evidence = Map.of(
                "EVIDENCE_STORE", "s3",
                "EVIDENCE_S3_ENDPOINT", bucket.endpoint().toString(),
                "EVIDENCE_S3_BUCKET", bucket.bucket(),
                "EVIDENCE_S3_REGION", bucket.region(),
                "EVIDENCE_S3_ACCESS_KEY", bucket.accessKey(),
                "EVIDENCE_S3_SECRET_KEY", bucket.secretKey());
        Map<String, String> notifications = Map.of(
                // Due at once: a confirmed claim's ship-back deadline is weeks away, never 60 days.
                "SHIP_BACK_REMINDER_DAYS", "60",
                "SLA_UNCONFIRMED_AFTER", "15s",
                "STAFF_ALERT_EMAIL", STAFF_ADDRESS,
                // A mail the killed instance had taken is sent again once its lease ends: 30 s here, not the
                // production 5 min, so that it happens within the test. An attempt must end within the lease.
                "NOTIFICATIONS_DELIVERY_LEASE", "30s",
                "SMTP_ATTEMPT_TIMEOUT", "20s",
                "SMTP_REPLY_TIMEOUT", "10s");
        // One side after the other: six JVMs starting at once on two cores starve each other (a database connection
        // not had within its acquisition timeout fails a start).
        for (String side : List.of("a", "b")) {
            int policyPort = Ports.anyFree();
            start("policy-service", "policy-" + side, policyPort, Map.of());
            Map<String, String> claims = new LinkedHashMap<>(evidence);
            claims.put("POLICY_SERVICE_URL", "http://localhost:" + policyPort);
            // Both instances look for overdue claims every two seconds, so they race for each one.
            claims.put("EXPIRY_INTERVAL", "2s");
            start("claims-service", "claims-" + side, Ports.anyFree(), claims);
            start("notification-service", "notifications-" + side, Ports.anyFree(), notifications);
            for (ServiceProcess instance : instances.values()) {
                instance.awaitReady(READY);
            }
        }
    }

    private static void start(String module, String instance, int port, Map<String, String> env) throws Exception {
        instances.put(instance, stack.startInstance(module, instance, port, env));
    }

    @AfterAll
    static void stopEverything() {
        RestAssured.config = RestAssuredConfig.config();
        if (stack != null) {
            stack.close();
        }
        if (s3 != null) {
            s3.stop();
        }
    }

    @Test
    void claimsEventsAndMailsSurviveLosingAnInstanceOfEachServiceAndABroker() throws Exception {
        RestAssured.config = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.connection.timeout", 5_000).setParam("http.socket.timeout", 30_000));
        String claimsA = uri("claims-a");
        String claimsB = uri("claims-b");
        // Each instance's OpenAPI document is read while it runs; answers are held to it throughout.
        OpenApiContract.given(claimsA);
        OpenApiContract.given(claimsB);

        byte[] picture = png();
        Accepted withEvidence = submit(0, claimsA).orElseThrow();
        String evidenceId = OpenApiContract.given(claimsA).auth().oauth2(customerToken(withEvidence))
                .multiPart("file", "screen.png", picture, "application/octet-stream")
                .post("/api/claims/{id}/evidence", withEvidence.id()).then().statusCode(201).extract().path("[0].id");

        List<Accepted> expiring = new ArrayList<>();
        for (int i = 0; i < EXPIRING; i++) {
            expiring.add(submit(UNCONFIRMED_EVERY * i + 1, (i % 2 == 0) ? claimsA : claimsB).orElseThrow());
        }
        overdue(expiring);
        expiring.forEach(claim -> accepted.add(new Accepted(claim.id(), claim.email(), true, true)));

        Instant begin = Instant.now();
        Thread chaos = new Thread(() -> chaos(begin), "chaos");
        chaos.setUncaughtExceptionHandler((thread, e) -> failures.add(e));
        chaos.start();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                for (int i = client; Instant.now().isBefore(begin.plus(LOAD)); i += CLIENTS) {
                    submit(i + 1, (i % 2 == 0) ? claimsA : claimsB).ifPresent(accepted::add);
                }
            }, "client-" + c);
            thread.setUncaughtExceptionHandler((t, e) -> failures.add(e));
            clients.add(thread);
            thread.start();
        }
        for (Thread thread : clients) {
            thread.join();
        }
        chaos.join();
        assertThat(failures).as("what the clients and the chaos schedule ran into").isEmpty();
        for (ServiceProcess instance : instances.values()) {
            instance.awaitReady(READY);
        }
        accepted.add(withEvidence);

        // Evidence stored through claims-a (before it was killed) is read through claims-b, and the other way round.
        byte[] read = OpenApiContract.given(claimsB).auth().oauth2(customerToken(withEvidence))
                .get("/api/claims/{id}/evidence/{e}", withEvidence.id(), evidenceId).then().statusCode(200)
                .extract().asByteArray();
        assertThat(read).as("evidence stored through claims-a, read through claims-b").isEqualTo(picture);
        String secondId = OpenApiContract.given(claimsB).auth().oauth2(customerToken(withEvidence))
                .multiPart("file", "back.png", png(0x00ff00), "application/octet-stream")
                .post("/api/claims/{id}/evidence", withEvidence.id()).then().statusCode(201).extract().path("[0].id");
        OpenApiContract.given(claimsA).auth().oauth2(customerToken(withEvidence))
                .get("/api/claims/{id}/evidence/{e}", withEvidence.id(), secondId).then().statusCode(200);

        List<Accepted> claims = List.copyOf(accepted);
        int redelivered = assertEveryClaimHasExactlyItsEventsInOrder(claims);
        MailsChecked mails = assertEveryMailWentOutOnce(claims);

        System.out.printf("""
                several instances: %d claims accepted (%d confirmed), %d requests, %d retried, %d answered as replays;
                  client-visible errors by instance %s; events redelivered (same id, at least once) %d; mails %d,
                  of which sent again after their sender died (same Message-ID, flagged possibly duplicate) %d
                %n""", claims.size(), claims.stream().filter(Accepted::confirmed).count(),
                requests.values().stream().mapToInt(AtomicInteger::get).sum(), retries.get(), replays.get(),
                new java.util.TreeMap<>(errors), redelivered, mails.mails(), mails.resent());

        assertThat(claims.size()).as("claims accepted during the run").isGreaterThan(20);
        assertThat(errors.getOrDefault("claims-b", new AtomicInteger()).get())
                .as("errors of claims-b, which ran throughout").isZero();
    }

    /** Kills one claims-service, one notification-service and one broker while the clients work, and restarts each. */
    private static void chaos(Instant begin) {
        try {
            sleepUntil(begin.plusSeconds(8));
            instances.get("claims-a").kill();
            sleepUntil(begin.plusSeconds(12));
            instances.get("notifications-a").kill();
            sleepUntil(begin.plusSeconds(16));
            stack.kafka().kill(2);
            sleepUntil(begin.plusSeconds(20));
            instances.get("claims-a").restart();
            sleepUntil(begin.plusSeconds(24));
            instances.get("notifications-a").restart();
            sleepUntil(begin.plusSeconds(30));
            stack.kafka().start(2);
        } catch (Exception e) {
            throw new IllegalStateException("the chaos schedule failed", e);
        }
    }

    /**
     * A new customer's order and claim, opened through {@code first} (or the other instance when that fails, with the
     * same Idempotency-Key), and, but for every {@value #UNCONFIRMED_EVERY}th, confirmed by staff through the other.
     */
    private Optional<Accepted> submit(int n, String first) {
        String second = first.equals(uri("claims-a")) ? uri("claims-b") : uri("claims-a");
        String customerId = "c-" + UUID.randomUUID();
        String email = customerId + "@example.com";
        String orderNumber = "KP-" + UUID.randomUUID().toString().substring(0, 13);
        LocalDate ordered = LocalDate.now().minusDays(12);
        String order = """
                {"customerId":"%s","customerEmail":"%s","channel":"OFFICIAL_STORE",
                 "orderDate":"%s","maxEstimatedDeliveryDate":"%s","shippedDate":"%s","deliveredDate":"%s",
                 "currency":"USD","purchaseLink":"https://store.example/orders/%s",
                 "items":[{"unitId":"SN-1","productModel":"TANK T3","price":"199.00","shippingCost":"12.00"}]}
                """.formatted(customerId, email, ordered, ordered.plusDays(10), ordered.plusDays(1), ordered.plusDays(7),
                orderNumber);
        call(first, second, TestTokens.service("order-system"), null,
                spec -> spec.body(order).put("/api/orders/{n}", orderNumber), 200, 201);
        String claim = """
                {"orderNumber":"%s","unitId":"SN-1","requestType":"DEFECT_RETURN","cause":"QUALITY_PROBLEM",
                 "description":"The watch does not work as it should.","mediaCount":2,
                 "contact":{"name":"Ada Quill","locale":"en"}}
                """.formatted(orderNumber);
        Response opened = call(first, second, TestTokens.customer(customerId, email), UUID.randomUUID().toString(),
                spec -> spec.body(claim).post("/api/claims"), 201);
        String id = opened.path("id");
        boolean confirm = n % UNCONFIRMED_EVERY != 0;
        if (confirm) {
            call(second, first, TestTokens.staff("agent-7"), UUID.randomUUID().toString(),
                    spec -> spec.post("/api/claims/{id}/confirm", id), 200);
        }
        return Optional.of(new Accepted(id, email, confirm, false));
    }

    /**
     * Sends a request to {@code preferred}, and on a connection failure or a 5xx sends it again, alternating with
     * {@code other}, with the same Idempotency-Key, as a storefront behind a load balancer would. Every failure counts
     * against the instance that failed.
     */
    private Response call(String preferred, String other, String token, String idempotencyKey,
                          Function<RequestSpecification, Response> request, int... expected) {
        Instant deadline = Instant.now().plusSeconds(60);
        String target = preferred;
        while (true) {
            String name = nameOf(target);
            requests.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
            try {
                RequestSpecification spec = OpenApiContract.given(target).auth().oauth2(token).contentType(ContentType.JSON);
                if (idempotencyKey != null) {
                    spec = spec.header("Idempotency-Key", idempotencyKey);
                }
                Response response = request.apply(spec);
                if (response.statusCode() < 500) {
                    assertThat(expected).as("status of %s", response.body().asString()).contains(response.statusCode());
                    if ("true".equals(response.header("Idempotent-Replayed"))) {
                        replays.incrementAndGet();
                    }
                    return response;
                }
            } catch (Exception connectionFailed) {
                // refused, reset or timed out (REST Assured throws the checked ConnectException unchecked): the
                // instance is gone or going. An AssertionError (a wrong answer) is no Exception and fails the client.
            }
            errors.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
            retries.incrementAndGet();
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no claims-service instance answered within 60 s");
            }
            target = target.equals(preferred) ? other : preferred;
            sleep(Duration.ofMillis(200));
        }
    }

    /** Returns how many records were copies of an event already read (the relay publishes at least once). */
    private int assertEveryClaimHasExactlyItsEventsInOrder(List<Accepted> claims) {
        ClaimEventCodec codec = new ClaimEventCodec();
        try (ClaimEventsTopic topic = new ClaimEventsTopic(stack.kafka().bootstrapServers())) {
            for (Accepted claim : claims) {
                topic.recordsOf(UUID.fromString(claim.id()), expected(claim).size(), Duration.ofSeconds(120));
            }
            sleep(Duration.ofSeconds(2));
            List<ConsumerRecord<String, byte[]>> records = topic.allRecords();
            Map<String, List<ClaimEvent>> byClaim = records.stream().collect(Collectors.groupingBy(ConsumerRecord::key,
                    Collectors.mapping(record -> codec.decode(record.value()), Collectors.toList())));
            int copies = 0;
            for (Accepted claim : claims) {
                List<ClaimEvent> events = byClaim.get(claim.id());
                List<ClaimEvent> distinct = events.stream().filter(distinctBy(ClaimEvent::id)).toList();
                copies += events.size() - distinct.size();
                // A second expiry would be a second EXPIRED event with its own id, not a copy.
                assertThat(distinct).extracting(ClaimEvent::type).as("events of claim %s, in order", claim.id())
                        .containsExactlyElementsOf(expected(claim));
            }
            return copies;
        }
    }

    private static List<ClaimEventType> expected(Accepted claim) {
        if (claim.expiring()) {
            return List.of(ClaimEventType.SUBMITTED, ClaimEventType.CONFIRMED, ClaimEventType.EXPIRED);
        }
        return claim.confirmed()
                ? List.of(ClaimEventType.SUBMITTED, ClaimEventType.CONFIRMED) : List.of(ClaimEventType.SUBMITTED);
    }

    /** Moves the claims' ship-back deadline into the past, as if the customer had let it pass. */
    private static void overdue(List<Accepted> claims) throws SQLException {
        try (Connection db = DriverManager.getConnection(stack.postgres().jdbcUrl(StackOptions.DATABASE),
                PostgresServer.USER, PostgresServer.PASSWORD);
             PreparedStatement update = db.prepareStatement(
                     "update claims.claims set ship_back_by = current_date - 3 where id = ?::uuid and status = 'AWAITING_RETURN'")) {
            for (Accepted claim : claims) {
                update.setString(1, claim.id());
                assertThat(update.executeUpdate()).as("claim %s awaits its unit", claim.id()).isEqualTo(1);
            }
        }
    }

    /**
     * How many mails were checked, and how many copies of them were resends (flagged possibly duplicate, after an
     * instance died between SMTP and its record).
     */
    record MailsChecked(int mails, int resent) {
    }

    private MailsChecked assertEveryMailWentOutOnce(List<Accepted> claims) {
        Map<String, Integer> expected = new LinkedHashMap<>();
        // A ship-back reminder of a claim that expired meanwhile may or may not have gone out first; never twice.
        Set<String> atMostOnce = new HashSet<>();
        for (Accepted claim : claims) {
            expected.put(claim.email() + " | We received your request " + claim.reference(), 1);
            if (claim.expiring()) {
                expected.put(claim.email() + " | Your request " + claim.reference() + " is confirmed", 1);
                expected.put(claim.email() + " | Your request " + claim.reference() + " has expired", 1);
                atMostOnce.add(claim.email() + " | Reminder: please send your unit for request " + claim.reference());
            } else if (claim.confirmed()) {
                expected.put(claim.email() + " | Your request " + claim.reference() + " is confirmed", 1);
                expected.put(claim.email() + " | Reminder: please send your unit for request " + claim.reference(), 1);
            } else {
                expected.put(STAFF_ADDRESS + " | SLA: claim " + claim.reference() + " is not confirmed yet", 1);
            }
        }
        Function<Map<String, Integer>, Map<String, Integer>> beyondWhatMayCome = received -> {
            Map<String, Integer> judged = new LinkedHashMap<>(received);
            // A claim confirmed late (its confirmation retried while an instance was down, or its event held up by a
            // rebalance) may rightly have had its alert.
            judged.keySet().removeIf(key -> key.startsWith(STAFF_ADDRESS) && !expected.containsKey(key)
                    && judged.get(key) == 1);
            judged.keySet().removeIf(key -> atMostOnce.contains(key) && judged.get(key) == 1);
            return judged;
        };
        try {
            await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                    assertThat(perMessageId(copies(claims))).containsAllEntriesOf(expected));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            Map<String, List<String>> copies = copies(claims);
            Map<String, Integer> received = beyondWhatMayCome.apply(perMessageId(copies));
            throw new AssertionError(mailDifference(expected, received, copies), e);
        }
        sleep(Duration.ofSeconds(3));
        Map<String, List<String>> copies = copies(claims);
        Map<String, Integer> received = beyondWhatMayCome.apply(perMessageId(copies));
        assertThat(received).as(() -> mailDifference(expected, received, copies)).isEqualTo(expected);
        return new MailsChecked(expected.size(), assertResendsFlagged(claims, copies));
    }

    /**
     * The mails that did not go out, or went out more often than expected, with what the notification-services logged
     * about their claims: a failure's own message, not a map of some hundred entries cut short.
     */
    private static String mailDifference(Map<String, Integer> expected, Map<String, Integer> received,
                                         Map<String, List<String>> copies) {
        Map<String, String> wrong = new java.util.TreeMap<>();
        expected.forEach((mail, count) -> {
            int got = received.getOrDefault(mail, 0);
            if (got != count) {
                wrong.put(mail, "expected " + count + ", received " + got);
            }
        });
        received.forEach((mail, got) -> {
            if (!expected.containsKey(mail)) {
                wrong.put(mail, "not expected, received " + got);
            }
        });
        StringBuilder message = new StringBuilder("every mail once (copies with one Message-ID count once), and no"
                + " other; " + wrong.size() + " of " + expected.size() + " differ:");
        wrong.forEach((mail, what) -> message.append("\n  ").append(mail).append(": ").append(what)
                .append(' ').append(copies.getOrDefault(mail, List.of())));
        // Logs name a claim by its id, whose first eight characters (lower case) are its reference.
        Set<String> references = wrong.keySet().stream().map(mail -> referenceIn(mail).toLowerCase())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        for (String name : List.of("notifications-a", "notifications-b", "claims-a", "claims-b")) {
            message.append("\n").append(name).append(" on those claims:");
            try (var lines = Files.lines(instances.get(name).logFile())) {
                lines.filter(line -> references.stream().anyMatch(line::contains)).limit(80)
                        .forEach(line -> message.append("\n    ").append(line));
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                message.append(" (log not readable: ").append(e).append(')');
            }
        }
        return message.toString();
    }

    /** The claim reference (the first 8 characters of its id, upper case) a "recipient | subject" names. */
    private static String referenceIn(String mail) {
        java.util.regex.Matcher reference = java.util.regex.Pattern.compile("\\b[0-9A-F]{8}\\b").matcher(mail);
        return reference.find() ? reference.group() : mail;
    }

    /**
     * Mails received per "recipient | subject", each counted once per Message-ID: a copy with the same Message-ID is
     * the same mail sent again (see {@link #assertResendsFlagged}).
     */
    private static Map<String, Integer> perMessageId(Map<String, List<String>> copies) {
        Map<String, Integer> mails = new LinkedHashMap<>();
        copies.forEach((mail, messageIds) -> mails.put(mail, new HashSet<>(messageIds).size()));
        return mails;
    }

    /**
     * The Message-ID of every copy received per "recipient | subject" about the given claims (a reminder's date cut
     * off).
     */
    private static Map<String, List<String>> copies(List<Accepted> claims) {
        Map<String, List<String>> copies = new LinkedHashMap<>();
        List<String> references = claims.stream().map(Accepted::reference).toList();
        for (MailCatcher.CaughtMail mail : stack.mail().messages()) {
            if (references.stream().noneMatch(mail.subject()::contains)) {
                continue;
            }
            String subject = mail.subject().replaceAll(" by [^|]+$", "");
            for (String to : mail.to()) {
                copies.computeIfAbsent(to + " | " + subject, k -> new ArrayList<>()).add(mail.messageId());
            }
        }
        return copies;
    }

    /**
     * SMTP cannot share a transaction with the sent log: an instance killed after the server accepted a mail and
     * before it recorded that sends the mail again once its lease ends, with the same Message-ID, flagged possibly
     * duplicate. Every second copy received must be such a resend, shown so to staff; a copy the service did not
     * flag (two instances sending one mail, say) fails. Returns how many copies were resends.
     */
    private static int assertResendsFlagged(List<Accepted> claims, Map<String, List<String>> copies) {
        int resent = 0;
        for (Map.Entry<String, List<String>> mail : copies.entrySet()) {
            Map<String, Long> perMessageId = mail.getValue().stream()
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            for (Map.Entry<String, Long> copiesOfOne : perMessageId.entrySet()) {
                if (copiesOfOne.getValue() == 1) {
                    continue;
                }
                String reference = referenceIn(mail.getKey());
                Accepted claim = claims.stream().filter(c -> c.reference().equals(reference)).findFirst().orElseThrow();
                String notifications = instances.get("notifications-b").baseUri().toString();
                List<Map<String, Object>> sent = OpenApiContract.given(notifications)
                        .auth().oauth2(TestTokens.staff("agent-7")).queryParam("claimId", claim.id())
                        .get("/api/notifications").then().statusCode(200).extract().jsonPath().getList("$");
                Map<String, Object> view = sent.stream().filter(m -> copiesOfOne.getKey().equals(m.get("messageId")))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no mail " + copiesOfOne.getKey() + " in " + sent));
                assertThat(view).as("%s, received %d times", mail.getKey(), copiesOfOne.getValue())
                        .containsEntry("status", "SENT").containsEntry("possiblyDuplicate", true);
                assertThat(((Number) view.get("attempts")).longValue()).as("attempts at %s", mail.getKey())
                        .isGreaterThanOrEqualTo(copiesOfOne.getValue());
                resent += copiesOfOne.getValue() - 1;
            }
        }
        return resent;
    }

    private static <T> java.util.function.Predicate<T> distinctBy(Function<T, ?> key) {
        Set<Object> seen = new HashSet<>();
        return value -> seen.add(key.apply(value));
    }

    private static String customerToken(Accepted claim) {
        return TestTokens.customer(claim.email().replace("@example.com", ""), claim.email());
    }

    private static String uri(String instance) {
        return instances.get(instance).baseUri().toString();
    }

    private static String nameOf(String uri) {
        return instances.entrySet().stream().filter(e -> e.getValue().baseUri().toString().equals(uri))
                .map(Map.Entry::getKey).findFirst().orElse(uri);
    }

    private static byte[] png() {
        return png(0xff0000);
    }

    private static byte[] png(int colour) {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, colour);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void sleepUntil(Instant when) throws InterruptedException {
        long millis = Duration.between(Instant.now(), when).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
