package com.kospet.warranty.claims.events;

import com.kospet.warranty.claims.config.ClaimsConfig;
import com.kospet.warranty.claims.persistence.OutboxEntity;
import com.kospet.warranty.model.event.ClaimEvent;
import com.kospet.warranty.model.event.ClaimEventCodec;
import com.kospet.warranty.time.Backoff;
import com.kospet.warranty.tracing.TraceContexts;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Publishes the outbox to {@code claims.events}, oldest first, and marks rows published once Kafka has
 * acknowledged them (acks=all, idempotent producer, key = claim id for per-claim order).
 * <p>
 * A pass starts as soon as a transaction that wrote outbox rows commits, on whichever instance: the
 * writer's {@code NOTIFY} reaches every instance's {@link OutboxWakeUps}, which calls {@link #wake()}.
 * The poll ({@code claims.outbox.poll-interval}) only catches what a lost wake-up left behind: rows
 * written while an instance was not listening, and retries after a failure.
 * <p>
 * A batch goes out in rounds: the first waiting event of every claim in the batch at once, the whole round
 * awaited, then the second of every claim, and so on. An event is therefore sent only once the one before it
 * of the same claim is acknowledged, whatever the producer does on a retry, so per-claim order never depends on
 * in-flight settings. A failed publish stops the pass and the relay backs off (doubling up to a maximum) until
 * Kafka answers again. Only one relay works at a time across all instances (a PostgreSQL advisory lock); every
 * instance hears every wake-up, so the one holding the lock runs again when a commit came in during its pass.
 * <p>
 * Each publish is a PRODUCER span in the trace the event was written in (its {@code traceparent}, stored with it), and
 * the record carries that span's W3C headers, so the trace goes on across Kafka although the relay publishes later,
 * on its own thread.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Arbitrary constant naming the relay's advisory lock. */
    private static final long RELAY_LOCK = 0x6f7574626f78L;
    /** How much longer than the producer's delivery timeout the relay waits for its answer. */
    private static final long SEND_GRACE_MILLIS = 2_000;

    private final EntityManager entityManager;
    private final ClaimsConfig.Outbox config;
    private final Clock clock;
    private final KafkaProducer<String, byte[]> producer;
    private final ClaimEventCodec codec = new ClaimEventCodec();
    private final Tracer tracer;
    private final Counter published;
    private final Counter failures;
    private final AtomicInteger consecutiveFailures = new AtomicInteger();
    /** Wake-ups not yet acted on; each pass consumes all of them, since one pass sees every committed row. */
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile Instant nextAttempt = Instant.EPOCH;
    private volatile boolean running;
    private Thread worker;

    public OutboxRelay(EntityManager entityManager, ClaimsConfig config, Clock clock, MeterRegistry registry, Tracer tracer,
                       @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.entityManager = entityManager;
        this.tracer = tracer;
        this.config = config.outbox();
        this.clock = clock;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                // Idempotence keeps a record that the producer retries from being written twice, and keeps records of
                // one partition in order with up to 5 requests in flight. Per-claim order does not rest on it alone:
                // a claim has at most one record in flight (see the rounds above).
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                // A round is sent at once and then awaited: waiting for a batch to fill would only delay it. Kafka also
                // refuses a delivery timeout shorter than linger + request timeout, which a send timeout of 5 s or
                // less would otherwise be.
                ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) this.config.sendTimeout().toMillis(),
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(this.config.sendTimeout().toMillis(), 5_000),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, this.config.sendTimeout().toMillis(),
                ProducerConfig.CLIENT_ID_CONFIG, "claims-outbox-relay"),
                new StringSerializer(), new ByteArraySerializer());
        this.published = registry.counter("claims.outbox.published");
        this.failures = registry.counter("claims.outbox.failures");
        Gauge.builder("claims.outbox.pending", this, OutboxRelay::pending).register(registry);
    }

    void start(@Observes StartupEvent startup) {
        running = true;
        worker = new Thread(this::work, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    /** Asks for a pass now: outbox rows were committed. Never blocks; wake-ups during a pass make it run again. */
    public void wake() {
        wakeUps.release();
    }

    /** One thread per instance runs every pass, on a wake-up or at the latest one poll interval after the last. */
    private void work() {
        while (running) {
            try {
                wakeUps.tryAcquire(waitBeforeNextPass().toMillis(), TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
                if (running) {
                    relay();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The database is away, for one: the next poll tries again (not at once, which would spin).
                nextAttempt = Instant.EPOCH;
                LOG.warnf("outbox relay pass failed; retrying within %s: %s", config.pollInterval(), e.toString());
            }
        }
    }

    /**
     * Until the retry a failed pass asked for (at once when it is overdue: waiting a whole poll would hold events a
     * back-off of 200 ms meant to delay), else until the next poll.
     */
    private Duration waitBeforeNextPass() {
        if (Instant.EPOCH.equals(nextAttempt)) {
            return config.pollInterval();
        }
        Duration untilRetry = Duration.between(clock.instant(), nextAttempt);
        if (untilRetry.isNegative()) {
            return Duration.ZERO;
        }
        return untilRetry.compareTo(config.pollInterval()) > 0 ? config.pollInterval() : untilRetry;
    }

    void relay() {
        if (clock.instant().isBefore(nextAttempt)) {
            return;
        }
        boolean more = true;
        while (more && running) {
            more = QuarkusTransaction.requiringNew().call(this::publishBatch);
        }
    }

    /** Publishes one batch inside the current transaction; answers whether a full batch went out (there may be more). */
    boolean publishBatch() {
        Boolean locked = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RELAY_LOCK).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return false;
        }
        List<OutboxEntity> batch = OutboxEntity.find("publishedAt is null order by seq")
                .page(0, config.batchSize()).list();
        for (List<OutboxEntity> round : rounds(batch)) {
            if (!publishRound(round)) {
                return false;
            }
        }
        if (!batch.isEmpty()) {
            consecutiveFailures.set(0);
            nextAttempt = Instant.EPOCH;
        }
        return batch.size() == config.batchSize();
    }

    /** The batch (in seq order) as rounds: round n holds the n-th event of every claim that has one. */
    static List<List<OutboxEntity>> rounds(List<OutboxEntity> batch) {
        Map<UUID, Integer> perClaim = new LinkedHashMap<>();
        List<List<OutboxEntity>> rounds = new ArrayList<>();
        for (OutboxEntity row : batch) {
            int round = perClaim.merge(row.claimId, 1, Integer::sum) - 1;
            if (round == rounds.size()) {
                rounds.add(new ArrayList<>());
            }
            rounds.get(round).add(row);
        }
        return rounds;
    }

    /**
     * Sends every row of the round, then awaits every answer; marks the acknowledged ones published. Answers false
     * when one failed: its claim's next event must not go before it, so the pass stops there.
     */
    private boolean publishRound(List<OutboxEntity> round) {
        Map<OutboxEntity, Future<RecordMetadata>> sent = new LinkedHashMap<>();
        Map<OutboxEntity, Span> spans = new LinkedHashMap<>();
        Failure failure = null;
        for (OutboxEntity row : round) {
            Span span = publishSpan(row);
            spans.put(row, span);
            Future<RecordMetadata> answer;
            try {
                answer = producer.send(record(row, span));
            } catch (RuntimeException e) {
                failure = failed(failure, row, e);
                ended(span, e);
                break;
            }
            sent.put(row, answer);
            if (answer.isDone()) {
                // Already answered: refused at once, e.g. no broker answered for the topic's metadata within the
                // send timeout. Sending the rest would wait that long again for each.
                try {
                    answer.get();
                } catch (ExecutionException | InterruptedException e) {
                    break;
                }
            }
        }
        // The producer answers every send within its delivery timeout (the send timeout). Waiting a little longer lets
        // that answer decide: giving up first could leave a record to be delivered after the pass stopped, and the
        // retry would publish it twice.
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(config.sendTimeout().toMillis() + SEND_GRACE_MILLIS);
        for (Map.Entry<OutboxEntity, Future<RecordMetadata>> entry : sent.entrySet()) {
            OutboxEntity row = entry.getKey();
            Span span = spans.get(row);
            try {
                entry.getValue().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                row.publishedAt = clock.instant();
                published.increment();
                ended(span, null);
            } catch (ExecutionException e) {
                failure = failed(failure, row, e.getCause());
                ended(span, e.getCause());
            } catch (TimeoutException e) {
                failure = failed(failure, row, e);
                ended(span, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = failed(failure, row, e);
                ended(span, e);
            }
        }
        if (failure != null) {
            backOff(failure);
            return false;
        }
        return true;
    }

    /** Records the failed attempt on the row; the first failure of the round is the one reported. */
    private static Failure failed(Failure first, OutboxEntity row, Throwable cause) {
        row.attempts++;
        row.lastError = abbreviate(cause.toString());
        return first != null ? first : new Failure(row, cause);
    }

    private record Failure(OutboxEntity row, Throwable cause) {
    }

    /**
     * The PRODUCER span of one publish, a child of the span that wrote the event (a new trace for an event stored
     * without one). A row whose payload cannot be read for its trace still goes out: tracing never holds an event back.
     */
    private Span publishSpan(OutboxEntity row) {
        Context parent;
        try {
            parent = TraceContexts.parentOf(codec.traceContext(row.payload));
        } catch (ClaimEventCodec.MalformedClaimEventException e) {
            parent = Context.root();
        }
        return tracer.spanBuilder(ClaimEvent.TOPIC + " publish")
                .setParent(parent)
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "send")
                .setAttribute("messaging.destination.name", ClaimEvent.TOPIC)
                .setAttribute("messaging.message.id", row.id.toString())
                .setAttribute("messaging.kafka.message.key", row.claimId.toString())
                .setAttribute("cloudevents.event_type", row.type)
                .startSpan();
    }

    private static void ended(Span span, Throwable failure) {
        if (failure != null) {
            span.recordException(failure);
            span.setStatus(StatusCode.ERROR, failure.toString());
        }
        span.end();
    }

    private static ProducerRecord<String, byte[]> record(OutboxEntity row, Span span) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(ClaimEvent.TOPIC, row.claimId.toString(), row.payload);
        record.headers().add(new RecordHeader("content-type",
                ClaimEventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8)));
        // The transport's own copy of the trace context (the CloudEvents distributed-tracing extension keeps the
        // writer's): a consumer's span follows this publish.
        TraceContexts.inject(Context.root().with(span),
                (name, value) -> record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
        return record;
    }

    private void backOff(Failure failure) {
        failures.increment();
        int failuresInARow = consecutiveFailures.incrementAndGet();
        long millis = new Backoff(config.initialBackoff(), config.maxBackoff()).after(failuresInARow).toMillis();
        nextAttempt = clock.instant().plus(Duration.ofMillis(millis));
        LOG.warnf("publishing event %s of claim %s failed (attempt %d); retrying in %d ms: %s",
                failure.row().id, failure.row().claimId, failure.row().attempts, millis, failure.cause().toString());
    }

    private double pending() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> OutboxEntity.count("publishedAt is null"));
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 1000);
    }

    /** Stops passes while the database is still there (on shutdown, before the persistence unit closes). */
    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        wakeUps.release();
        if (worker != null) {
            // A pass in progress finishes (its answers are awaited at most the send timeout plus the grace).
            worker.join(config.sendTimeout().toMillis() + SEND_GRACE_MILLIS + 1_000);
        }
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
