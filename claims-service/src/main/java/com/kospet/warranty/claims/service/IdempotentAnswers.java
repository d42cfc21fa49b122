package com.kospet.warranty.claims.service;

import com.kospet.warranty.claims.config.ClaimsConfig;
import com.kospet.warranty.claims.domain.IdempotencyKey;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The answers given to requests that carried an Idempotency-Key ({@code idempotency_keys}), per
 * caller and key, until they expire. The primary key (caller, key) is what stops two requests with
 * one key from both committing: the second insert waits for the first transaction and then fails.
 */
@ApplicationScoped
public class IdempotentAnswers {

    private static final Logger LOG = Logger.getLogger(IdempotentAnswers.class);

    /** What was answered: replayed as it was, to the byte. */
    public record Answer(String fingerprint, int status, String contentType, Optional<String> location, String body) {
    }

    private final EntityManager entityManager;
    private final ClaimsConfig config;
    private final Clock clock;

    public IdempotentAnswers(EntityManager entityManager, ClaimsConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
    }

    /** The answer kept for this caller's key, unless it expired (an expired key is a new request, purged or not). */
    @Transactional
    public Optional<Answer> find(String caller, IdempotencyKey key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select request_hash, response_status, response_type,"
                        + " response_location, response_body from {h-schema}idempotency_keys"
                        + " where caller = ?1 and key = ?2 and expires_at > ?3 and response_status is not null")
                .setParameter(1, caller).setParameter(2, key.value()).setParameter(3, Timestamp.from(clock.instant()))
                .getResultList();
        return rows.stream().findFirst().map(row -> new Answer((String) row[0], ((Number) row[1]).intValue(),
                (String) row[2], Optional.ofNullable((String) row[3]), (String) row[4]));
    }

    /**
     * Stores the answer in the transaction of the change it reports. Fails (and so rolls the change
     * back) when another request with the same key committed first.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void keep(String caller, IdempotencyKey key, Answer answer) {
        Instant now = clock.instant();
        // An expired key not purged yet is free again.
        entityManager.createNativeQuery("delete from {h-schema}idempotency_keys where caller = ?1 and key = ?2 and expires_at <= ?3")
                .setParameter(1, caller).setParameter(2, key.value()).setParameter(3, Timestamp.from(now))
                .executeUpdate();
        entityManager.createNativeQuery("insert into {h-schema}idempotency_keys (caller, key, request_hash, response_status,"
                        + " response_type, response_location, response_body, created_at, expires_at)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                .setParameter(1, caller).setParameter(2, key.value()).setParameter(3, answer.fingerprint())
                .setParameter(4, answer.status()).setParameter(5, answer.contentType())
                .setParameter(6, answer.location().orElse(null)).setParameter(7, answer.body())
                .setParameter(8, Timestamp.from(now))
                .setParameter(9, Timestamp.from(now.plus(config.idempotency().retention())))
                .executeUpdate();
    }

    @Scheduled(every = "${claims.idempotency.purge-interval}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        purgeExpired();
    }

    /** Forgets the expired keys, answering how many; safe on several instances at once (a second delete finds nothing). */
    @Transactional
    public int purgeExpired() {
        int purged = entityManager.createNativeQuery("delete from {h-schema}idempotency_keys where expires_at <= ?1")
                .setParameter(1, Timestamp.from(clock.instant())).executeUpdate();
        if (purged > 0) {
            LOG.infof("purged %d expired idempotency key(s)", purged);
        }
        return purged;
    }
}
