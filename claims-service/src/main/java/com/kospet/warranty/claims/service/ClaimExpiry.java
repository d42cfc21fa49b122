package com.kospet.warranty.claims.service;

import com.kospet.warranty.claims.config.ClaimsConfig;
import com.kospet.warranty.claims.domain.Caller;
import com.kospet.warranty.claims.domain.ClaimCommand;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * WF-6: a claim whose unit was not shipped back by its ship-back deadline (the last day still in
 * time) becomes EXPIRED, through the lifecycle like any transition, with its history row (actor
 * "system") and its {@code claim.expired} event. One claim per transaction, so one claim that cannot
 * be expired never holds back the others; each claim is locked with {@code skip locked}, so several
 * instances running the job at once each take different claims and none expires a claim twice.
 */
@ApplicationScoped
public class ClaimExpiry {

    private static final Logger LOG = Logger.getLogger(ClaimExpiry.class);
    private static final Caller SYSTEM = Caller.system("system");
    /** At most this many claims per run; the next run takes the rest. */
    private static final int BATCH = 500;

    private final ClaimActionService actions;
    private final EntityManager entityManager;
    private final ClaimsConfig config;
    private final Clock clock;

    public ClaimExpiry(ClaimActionService actions, EntityManager entityManager, ClaimsConfig config, Clock clock) {
        this.actions = actions;
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${claims.expiry.interval}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        expireOverdue();
    }

    /** Expires every claim whose ship-back deadline has passed; answers how many this run expired. */
    public int expireOverdue() {
        LocalDate today = LocalDate.now(clock.withZone(config.zone()));
        List<UUID> overdue = QuarkusTransaction.requiringNew().call(() -> overdue(today));
        int expired = 0;
        for (UUID id : overdue) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> expire(id, today))) {
                    expired++;
                }
            } catch (RuntimeException e) {
                // Logged and left for the next run: one claim must not stop the others from expiring.
                LOG.warnf("claim %s could not be expired: %s", id, e.toString());
            }
        }
        if (expired > 0) {
            LOG.infof("expired %d claim(s) not shipped back in time", expired);
        }
        return expired;
    }

    private List<UUID> overdue(LocalDate today) {
        List<?> ids = entityManager.createNativeQuery("select id from {h-schema}claims"
                        + " where status = 'AWAITING_RETURN' and ship_back_by < ?1 order by ship_back_by, id")
                .setParameter(1, today).setMaxResults(BATCH).getResultList();
        return ids.stream().map(UUID.class::cast).toList();
    }

    /** Locks the claim unless another instance holds it, checks it is still overdue, and expires it. */
    private boolean expire(UUID id, LocalDate today) {
        List<?> locked = entityManager.createNativeQuery("select id from {h-schema}claims"
                        + " where id = ?1 and status = 'AWAITING_RETURN' and ship_back_by < ?2 for update skip locked")
                .setParameter(1, id).setParameter(2, today).getResultList();
        if (locked.isEmpty()) {
            return false; // expired by another instance, or the return was registered meanwhile
        }
        actions.act(id, new ClaimCommand.Expire(), SYSTEM);
        return true;
    }
}
