// The end-to-end latency of a claim, measured from outside the services: opens claims at a fixed rate, and for each
// notes when its 201 came back, when its claim.submitted event appeared on claims.events (read by a consumer here),
// and when the stack's SMTP server accepted its acknowledgement mail (the server's own receive time, from the mail
// web page's JSON). Prints p50/p95/p99/max of claim->event and claim->mail, and of the POST itself (sent to 201), then
// the mean time of the POST, of its call to policy-service and of policy-service's handling, from the services' own
// timers (their /q/metrics, read as the measured claims begin and once they are answered). The
// claims of the warm-up come first, at their own (lower) rate, and are not measured: a freshly started JVM compiles its
// hot code for the first minutes, and a full rate at once measures that. Run by end-to-end.sh, which starts the stack
// and passes the settings as system properties:
//   java -cp "local-stack/target/lib/*" -Dclaims=http://127.0.0.1:8081 -Dtoken=... -Dkafka=127.0.0.1:19092 \
//        -Dmails=http://127.0.0.1:8025/api/messages -Dpolicy=http://127.0.0.1:8082 \
//        -Drate=20 -DwarmupRate=5 -Dwarmup=60 -Dseconds=30 -Ddrain=20 -DfirstOrder=1 EndToEnd.java
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

public class EndToEnd {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String TOPIC = "claims.events";
    /** The mail kind's key and Message-ID domain notification-service uses: Message-ID = name UUID of "eventId:kind". */
    static final String ACK_KIND = "claim-submitted";
    static final String MESSAGE_ID_DOMAIN = System.getProperty("messageIdDomain", "warranty.kospet.com");

    /** What is known of one claim: when its 201 came, and its submitted event (id, when seen). */
    record Opened(long createdMillis, long answerMillis, boolean measured) {
    }

    record Seen(String eventId, long seenMillis) {
    }

    static final Map<String, Opened> opened = new ConcurrentHashMap<>();
    static final Map<String, Seen> events = new ConcurrentHashMap<>();
    static final AtomicInteger failures = new AtomicInteger();
    static final AtomicInteger warmupFailures = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        String claims = System.getProperty("claims");
        String token = System.getProperty("token");
        String mails = System.getProperty("mails");
        String policy = System.getProperty("policy");
        double rate = Double.parseDouble(System.getProperty("rate", "20"));
        int warmup = Integer.parseInt(System.getProperty("warmup", "10"));
        double warmupRate = Double.parseDouble(System.getProperty("warmupRate", String.valueOf(rate)));
        int seconds = Integer.parseInt(System.getProperty("seconds", "30"));
        int drain = Integer.parseInt(System.getProperty("drain", "20"));
        int firstOrder = Integer.parseInt(System.getProperty("firstOrder", "1"));

        AtomicBoolean consuming = new AtomicBoolean(true);
        CountDownLatch assigned = new CountDownLatch(1);
        Thread consumer = new Thread(() -> consume(System.getProperty("kafka"), consuming, assigned), "claims-events-reader");
        consumer.start();
        if (!assigned.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("claims.events could not be read within 60 s");
        }

        // HTTP/1.1 as the storefront speaks it; the client's default h2c upgrade is refused by the server mid-run.
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        int warmupClaims = (int) Math.round(warmupRate * warmup);
        int total = warmupClaims + (int) Math.round(rate * seconds);
        CountDownLatch answered = new CountDownLatch(total);
        System.err.printf("opening %d claims: %d s of warm-up at %.0f/s, then %d s measured at %.0f/s ...%n", total, warmup,
                warmupRate, seconds, rate);
        // A fixed schedule, each request sent at its time without waiting for the ones before (no coordinated omission).
        for (int claim = 0; claim < total; claim++) {
            int n = claim;
            long sendAtNanos = n < warmupClaims ? (long) (n * 1e9 / warmupRate)
                    : (long) (warmup * 1e9 + (n - warmupClaims) * 1e9 / rate);
            ticker.schedule(() -> {
                int order = firstOrder + n;
                String body = String.format("{\"orderNumber\":\"BENCH-%d\",\"unitId\":\"BSN-%d\",\"requestType\":\"DEFECT_RETURN\","
                        + "\"cause\":\"QUALITY_PROBLEM\",\"description\":\"Stops charging after a week.\",\"mediaCount\":1,"
                        + "\"contact\":{\"name\":\"Bench Customer\",\"locale\":\"en\"}}", order, order);
                HttpRequest request = HttpRequest.newBuilder(URI.create(claims + "/api/claims"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + token)
                        .header("Idempotency-Key", "e2e-" + order)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                boolean measured = n >= warmupClaims;
                long sentMillis = System.currentTimeMillis();
                http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                    long now = System.currentTimeMillis();
                    try {
                        if (failure == null && response.statusCode() == 201) {
                            opened.put(JSON.readTree(response.body()).get("id").asText(), new Opened(now, now - sentMillis, measured));
                        } else {
                            (measured ? failures : warmupFailures).incrementAndGet();
                            System.err.println("claim " + order + " not opened: "
                                    + (failure != null ? failure : response.statusCode() + " " + response.body()));
                        }
                    } catch (Exception e) {
                        (measured ? failures : warmupFailures).incrementAndGet();
                    } finally {
                        answered.countDown();
                    }
                });
            }, sendAtNanos, TimeUnit.NANOSECONDS);
        }
        // The services' own timers, read as the measured claims begin and once they are all answered.
        CompletableFuture<PolicyCallTimes> timersBefore = new CompletableFuture<>();
        ticker.schedule(() -> {
            try {
                timersBefore.complete(PolicyCallTimes.read(http, claims, policy));
            } catch (Exception e) {
                timersBefore.completeExceptionally(e);
            }
        }, warmup * 1_000_000_000L, TimeUnit.NANOSECONDS);
        answered.await(warmup + seconds + 60L, TimeUnit.SECONDS);
        ticker.shutdownNow();
        String policyCall = policyCall(timersBefore, PolicyCallTimes.read(http, claims, policy));

        System.err.printf("all claims answered; waiting up to %d s for their events and mails ...%n", drain);
        Map<String, Long> accepted = Map.of();
        long deadline = System.currentTimeMillis() + drain * 1000L;
        while (System.currentTimeMillis() < deadline) {
            accepted = mailsAccepted(http, mails);
            if (events.keySet().containsAll(opened.keySet()) && acknowledged(accepted) == opened.size()) {
                break;
            }
            Thread.sleep(1000);
        }
        consuming.set(false);
        consumer.join(10_000);

        List<Long> toEvent = new ArrayList<>();
        List<Long> toMail = new ArrayList<>();
        List<Long> answers = new ArrayList<>();
        int measuredClaims = 0;
        for (Map.Entry<String, Opened> claim : opened.entrySet()) {
            if (!claim.getValue().measured()) {
                continue;
            }
            measuredClaims++;
            answers.add(claim.getValue().answerMillis());
            Seen event = events.get(claim.getKey());
            if (event == null) {
                continue;
            }
            toEvent.add(event.seenMillis() - claim.getValue().createdMillis());
            Long mailAt = accepted.get(messageId(event.eventId()));
            if (mailAt != null) {
                toMail.add(mailAt - claim.getValue().createdMillis());
            }
        }
        System.out.printf("%nclaims opened at %.0f/s for %d s: %d answered 201 (%d failed; %d of the warm-up failed)%n", rate,
                seconds, measuredClaims, failures.get(), warmupFailures.get());
        System.out.printf("%-14s %6s %8s %8s %8s %8s %8s%n", "ms after 201", "seen", "p50", "p95", "p99", "max", "missing");
        row("claim->event", toEvent, measuredClaims);
        row("claim->mail", toMail, measuredClaims);
        System.out.printf("%-14s %6s %8s %8s %8s %8s %8s%n", "ms to the 201", "", "p50", "p95", "p99", "max", "");
        row("POST answer", answers, measuredClaims);
        System.out.println(policyCall);
        System.exit(0);
    }

    /**
     * Seconds and counts of three timers the services keep (Micrometer, {@code /q/metrics}): claims-service's answers to
     * {@code POST /api/claims}, its calls to policy-service with the time they waited for a pooled connection, and
     * policy-service's own handling of {@code POST /api/policy/evaluate}.
     */
    record PolicyCallTimes(double[] post, double[] call, double[] poolWait, double[] evaluate) {

        static PolicyCallTimes read(HttpClient http, String claims, String policy) throws Exception {
            String claimsMetrics = metrics(http, claims);
            String policyMetrics = metrics(http, policy);
            return new PolicyCallTimes(timer(claimsMetrics, "http_server_requests_seconds", "method=\"POST\"", "uri=\"/api/claims\""),
                    timer(claimsMetrics, "http_client_requests_seconds", "clientName=\"policy\"", "uri=\"/api/policy/evaluate\""),
                    timer(claimsMetrics, "http_client_queue_delay_seconds", "clientName=\"policy\""),
                    timer(policyMetrics, "http_server_requests_seconds", "uri=\"/api/policy/evaluate\""));
        }

        static String metrics(HttpClient http, String base) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + "/q/metrics")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }

        /** {sum of seconds, count} over every series of {@code name} whose labels hold all of {@code labels}. */
        static double[] timer(String metrics, String name, String... labels) {
            double[] timer = new double[2];
            for (String line : metrics.split("\n")) {
                int part = line.startsWith(name + "_sum{") ? 0 : line.startsWith(name + "_count{") ? 1 : -1;
                int close = line.indexOf('}');
                if (part < 0 || close < 0 || !Arrays.stream(labels).allMatch(line.substring(0, close)::contains)) {
                    continue;
                }
                timer[part] += Double.parseDouble(line.substring(close + 1).trim().split("\\s+")[0]);
            }
            return timer;
        }
    }

    /** Mean ms per call of each timer over the measured claims, and the policy call's share of the POST. */
    static String policyCall(CompletableFuture<PolicyCallTimes> before, PolicyCallTimes after) {
        PolicyCallTimes start;
        try {
            start = before.get(1, TimeUnit.SECONDS);
        } catch (Exception e) {
            return "policy call: the services' timers could not be read (" + e + ")";
        }
        double post = meanMillis(start.post(), after.post());
        double call = meanMillis(start.call(), after.call());
        return String.format("%nmean ms per measured claim, from the services' own timers: POST /api/claims answered in %.1f;"
                        + " its call to policy-service %.1f (%.0f %% of it), of which %.2f waiting for a pooled connection;"
                        + " policy-service's own handling %.2f",
                post, call, post > 0 ? 100 * call / post : 0, meanMillis(start.poolWait(), after.poolWait()),
                meanMillis(start.evaluate(), after.evaluate()));
    }

    static double meanMillis(double[] before, double[] after) {
        double count = after[1] - before[1];
        return count > 0 ? 1000 * (after[0] - before[0]) / count : 0;
    }

    static void consume(String bootstrap, AtomicBoolean consuming, CountDownLatch assigned) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            long until = System.currentTimeMillis() + 60_000;
            while (partitions.isEmpty() && System.currentTimeMillis() < until) {
                consumer.partitionsFor(TOPIC).forEach(p -> partitions.add(new TopicPartition(TOPIC, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            assigned.countDown();
            while (consuming.get()) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                    long now = System.currentTimeMillis();
                    JsonNode event = JSON.readTree(new String(record.value(), StandardCharsets.UTF_8));
                    if ("claim.submitted".equals(event.path("type").asText())) {
                        events.putIfAbsent(record.key(), new Seen(event.path("id").asText(), now));
                    }
                }
            }
        } catch (Exception e) {
            e.printStackTrace();
        }
    }

    /** Message-ID -> when the SMTP server accepted that mail (epoch ms). */
    static Map<String, Long> mailsAccepted(HttpClient http, String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        Map<String, Long> accepted = new ConcurrentHashMap<>();
        for (JsonNode mail : JSON.readTree(response.body())) {
            String id = mail.path("messageId").asText();
            String at = mail.path("receivedAt").asText();
            if (!id.isEmpty() && !at.isEmpty()) {
                accepted.putIfAbsent(id, Instant.parse(at).toEpochMilli());
            }
        }
        return accepted;
    }

    static long acknowledged(Map<String, Long> accepted) {
        return opened.keySet().stream().map(events::get).filter(e -> e != null && accepted.containsKey(messageId(e.eventId()))).count();
    }

    static String messageId(String eventId) {
        UUID id = UUID.nameUUIDFromBytes((eventId + ":" + ACK_KIND).getBytes(StandardCharsets.UTF_8));
        return "<" + id + "@" + MESSAGE_ID_DOMAIN + ">";
    }

    static void row(String name, List<Long> millis, int expected) {
        Collections.sort(millis);
        System.out.printf("%-14s %6d %8s %8s %8s %8s %8d%n", name, millis.size(), pct(millis, 50), pct(millis, 95), pct(millis, 99),
                millis.isEmpty() ? "-" : millis.get(millis.size() - 1), expected - millis.size());
    }

    static String pct(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return "-";
        }
        int index = (int) Math.ceil(p / 100 * sorted.size()) - 1;
        return String.valueOf(sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))));
    }
}
