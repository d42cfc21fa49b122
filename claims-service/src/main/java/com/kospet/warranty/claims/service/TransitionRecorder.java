package com.kospet.warranty.claims.service;

import com.kospet.warranty.claims.config.ClaimsConfig;
import com.kospet.warranty.claims.domain.Caller;
import com.kospet.warranty.claims.domain.Transition;
import com.kospet.warranty.claims.events.OutboxWriter;
import com.kospet.warranty.claims.persistence.ClaimEntity;
import com.kospet.warranty.claims.persistence.ClaimHistoryEntity;
import com.kospet.warranty.model.ClaimStatus;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;

/**
 * Records one transition the lifecycle decided, in the transaction of the change (ARCHITECTURE.md, "Claim
 * lifecycle"): the claim takes its new state, the history keeps who did what, the outbox gets the event, and
 * {@code claims.transitions} counts it. Every transition, the opening of a claim included, goes through here.
 */
@ApplicationScoped
public class TransitionRecorder {

    private static final Logger LOG = Logger.getLogger(TransitionRecorder.class);

    private final OutboxWriter outbox;
    private final ClaimsConfig config;
    private final MeterRegistry metrics;

    public TransitionRecorder(OutboxWriter outbox, ClaimsConfig config, MeterRegistry metrics) {
        this.outbox = outbox;
        this.config = config;
        this.metrics = metrics;
    }

    /**
     * Stores {@code transition} on {@code claim}, which holds everything else the event reports already; a claim
     * not stored yet (an opening) is stored now.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(ClaimEntity claim, Transition transition, Caller caller, Instant now) {
        claim.apply(transition.after(), now, config.zone());
        if (!claim.isPersistent()) {
            claim.persist();
        }
        ClaimStatus from = transition.from().orElse(null);
        ClaimHistoryEntity.record(claim.id, now, caller.id(), caller.role().label(), transition.action().pathName(),
                from, transition.to(), transition.reason());
        outbox.append(transition.event(), claim, from);
        // Surfaces a concurrent change of the claim (its version) or a second open claim on the unit (UN-1's index)
        // now, inside the request, as the conflict the caller is told about.
        ClaimEntity.getEntityManager().flush();
        metrics.counter("claims.transitions", "action", transition.action().pathName(), "to", transition.to().name())
                .increment();
        LOG.infof("claim %s: %s, %s -> %s", claim.id, transition.action().pathName(), from, transition.to());
    }
}
