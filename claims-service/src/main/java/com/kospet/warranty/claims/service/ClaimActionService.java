package com.kospet.warranty.claims.service;

import com.kospet.warranty.claims.config.ClaimsConfig;
import com.kospet.warranty.claims.domain.Caller;
import com.kospet.warranty.claims.domain.ClaimCommand;
import com.kospet.warranty.claims.domain.ClaimLifecycle;
import com.kospet.warranty.claims.domain.Transition;
import com.kospet.warranty.claims.events.OutboxWriter;
import com.kospet.warranty.claims.persistence.ClaimEntity;
import com.kospet.warranty.claims.persistence.ClaimHistoryEntity;
import com.kospet.warranty.claims.persistence.OrderEntity;
import com.kospet.warranty.claims.persistence.OrderItem;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Moves a claim: asks the lifecycle, then stores the new state, its history row and its event in one
 * transaction. The claim's version column makes a concurrent change of the same claim fail at flush,
 * so of two agents acting at once one wins and the other is told to read the claim again.
 */
@ApplicationScoped
public class ClaimActionService {

    private static final Logger LOG = Logger.getLogger(ClaimActionService.class);

    private final ClaimService claims;
    private final ClaimLifecycle lifecycle;
    private final OutboxWriter outbox;
    private final ClaimsConfig config;
    private final Clock clock;
    private final MeterRegistry metrics;
    private final UnitLedger units;

    public ClaimActionService(ClaimService claims, ClaimLifecycle lifecycle, OutboxWriter outbox, ClaimsConfig config,
                              Clock clock, MeterRegistry metrics, UnitLedger units) {
        this.units = units;
        this.claims = claims;
        this.lifecycle = lifecycle;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** @throws com.kospet.warranty.claims.domain.NotFoundException when the caller may not see the claim */
    @Transactional
    public ClaimEntity act(UUID id, ClaimCommand command, Caller caller) {
        return act(id, command, caller, AnswerRecorder.NONE);
    }

    /** The same, with the answer {@code recorder} keeps stored in the transaction of the transition. */
    @Transactional
    public ClaimEntity act(UUID id, ClaimCommand command, Caller caller, AnswerRecorder recorder) {
        ClaimEntity claim = claims.visibleTo(id, caller);
        Instant now = clock.instant();
        Transition transition = lifecycle.decide(claim.state(), command, caller.role(), now);
        settle(claim, command, now);
        claim.apply(transition.after(), now, config.zone());
        ClaimHistoryEntity.record(claim.id, now, caller.id(), caller.role().label(), transition.action().pathName(),
                transition.from(), transition.to(), transition.reason());
        outbox.append(transition.event(), claim, transition.from());
        // Surfaces a concurrent change now, as an OptimisticLockException the caller gets as 409.
        ClaimEntity.getEntityManager().flush();
        recorder.record(claim);
        metrics.counter("claims.transitions", "action", transition.action().pathName(), "to", transition.to().name())
                .increment();
        LOG.infof("claim %s: %s, %s -> %s", claim.id, transition.action().pathName(), transition.from(), transition.to());
        return claim;
    }

    /** UN-2 and UN-3: what a settlement does to the units of the claim's order line. */
    private void settle(ClaimEntity claim, ClaimCommand command, Instant now) {
        if (command instanceof ClaimCommand.Refund) {
            OrderItem line = OrderEntity.<OrderEntity>findByIdOptional(claim.orderNumber)
                    .flatMap(order -> order.item(claim.originalUnitId))
                    .orElseThrow(() -> new IllegalStateException("claim " + claim.id + " has no order line"));
            units.guardRefund(claim, line);
        } else if (command instanceof ClaimCommand.ShipReplacement shipment) {
            units.lock(claim.orderNumber, claim.originalUnitId);
            units.recordReplacement(claim, shipment.newUnitId(), now);
        }
    }
}
