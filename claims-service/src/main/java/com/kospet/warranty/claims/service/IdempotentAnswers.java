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
 * Nothing is read before a change: a request with a key runs like any other, and only when its answer
 * cannot be kept (a live answer exists) is the kept one looked up and replayed.
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
     * Stores the answer in the transaction of the change it reports, in one statement: an expired key not purged
     * yet is free again and is overwritten. Fails (and so rolls the change back) when another request with the
     * same key committed first: its insert waits for that transaction, then finds a live key and changes nothing.
     *
     * @throws KeyAnsweredMeanwhile when this caller's key holds a live answer already
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void keep(String caller, IdempotencyKey key, Answer answer) {
        Instant now = clock.instant();
        int stored = entityManager.createNativeQuery("insert into {h-schema}idempotency_keys as kept (caller, key,"
                        + " request_hash, response_status, response_type, response_location, response_body, created_at,"
                        + " expires_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
                        + " on conflict (caller, key) do update set request_hash = excluded.request_hash,"
                        + " response_status = excluded.response_status, response_type = excluded.response_type,"
                        + " response_location = excluded.response_location, response_body = excluded.response_body,"
                        + " created_at = excluded.created_at, expires_at = excluded.expires_at"
                        + " where kept.expires_at <= excluded.created_at")
                .setParameter(1, caller).setParameter(2, key.value()).setParameter(3, answer.fingerprint())
                .setParameter(4, answer.status()).setParameter(5, answer.contentType())
                .setParameter(6, answer.location().orElse(null)).setParameter(7, answer.body())
                .setParameter(8, Timestamp.from(now))
                .setParameter(9, Timestamp.from(now.plus(config.idempotency().retention())))
                .executeUpdate();
        if (stored == 0) {
            throw new KeyAnsweredMeanwhile();
        }
    }

    /** Another request with the same key committed its answer while this one ran: this one must roll back. */
    public static final class KeyAnsweredMeanwhile extends RuntimeException {
        KeyAnsweredMeanwhile() {
            super("another request with this Idempotency-Key was answered meanwhile", null, false, false);
        }
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
