package com.kospet.warranty.claims.events;

import com.kospet.warranty.claims.config.ClaimsConfig;
import com.kospet.warranty.claims.persistence.OutboxEntity;
import com.kospet.warranty.model.event.ClaimEvent;
import com.kospet.warranty.model.event.ClaimEventCodec;
import com.kospet.warranty.time.Backoff;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Publishes the outbox to {@code claims.events}, oldest first, and marks each row published once
 * Kafka has acknowledged it (acks=all, idempotent producer, key = claim id for per-claim order).
 * A failed publish stops the pass, so nothing is published out of order, and the relay backs off
 * (doubling up to a maximum) until Kafka answers again. Only one relay works at a time across all
 * instances (a PostgreSQL advisory lock), which keeps per-claim order with several instances.
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
    private final Counter published;
    private final Counter failures;
    private final AtomicInteger consecutiveFailures = new AtomicInteger();
    private volatile Instant nextAttempt = Instant.EPOCH;

    public OutboxRelay(EntityManager entityManager, ClaimsConfig config, Clock clock, MeterRegistry registry,
                       @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.entityManager = entityManager;
        this.config = config.outbox();
        this.clock = clock;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1,
                // One record at a time, each awaited: waiting for a batch to fill only delays it. Kafka also
                // refuses a delivery timeout shorter than linger + request timeout, which a send timeout of
                // 5 s or less would otherwise be.
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

    @Scheduled(every = "${claims.outbox.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "1s")
    void relay() {
        if (clock.instant().isBefore(nextAttempt)) {
            return;
        }
        boolean more = true;
        while (more) {
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
        for (OutboxEntity row : batch) {
            try {
                send(row);
            } catch (Exception e) {
                row.attempts++;
                row.lastError = abbreviate(e.toString());
                backOff(row, e);
                return false;
            }
            row.publishedAt = clock.instant();
            published.increment();
        }
        if (!batch.isEmpty()) {
            consecutiveFailures.set(0);
            nextAttempt = Instant.EPOCH;
        }
        return batch.size() == config.batchSize();
    }

    private void send(OutboxEntity row) throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(ClaimEvent.TOPIC, row.claimId.toString(), row.payload);
        record.headers().add(new RecordHeader("content-type",
                ClaimEventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8)));
        // The producer answers every send within its delivery timeout (the send timeout). Waiting a little longer
        // lets that answer decide: giving up first could leave the record to be delivered after the pass stopped,
        // and the retry would publish it twice.
        producer.send(record).get(config.sendTimeout().toMillis() + SEND_GRACE_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void backOff(OutboxEntity row, Exception e) {
        failures.increment();
        int failuresInARow = consecutiveFailures.incrementAndGet();
        long millis = new Backoff(config.initialBackoff(), config.maxBackoff()).after(failuresInARow).toMillis();
        nextAttempt = clock.instant().plus(Duration.ofMillis(millis));
        LOG.warnf("publishing event %s of claim %s failed (attempt %d); retrying in %d ms: %s",
                row.id, row.claimId, row.attempts, millis, e.toString());
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

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
