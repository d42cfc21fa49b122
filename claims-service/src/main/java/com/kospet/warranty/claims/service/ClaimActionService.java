package com.kospet.warranty.claims.service;

import com.kospet.warranty.claims.domain.Caller;
import com.kospet.warranty.claims.domain.ClaimCommand;
import com.kospet.warranty.claims.domain.ClaimLifecycle;
import com.kospet.warranty.claims.domain.Transition;
import com.kospet.warranty.claims.persistence.ClaimEntity;
import com.kospet.warranty.claims.persistence.OrderEntity;
import com.kospet.warranty.claims.persistence.OrderItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;

/**
 * Moves a claim: asks the lifecycle, then records the transition ({@link TransitionRecorder}) in one
 * transaction. The claim's version column makes a concurrent change of the same claim fail at flush,
 * so of two agents acting at once one wins and the other is told to read the claim again.
 */
@ApplicationScoped
public class ClaimActionService {

    private final ClaimService claims;
    private final ClaimLifecycle lifecycle;
    private final TransitionRecorder transitions;
    private final Clock clock;
    private final UnitLedger units;

    public ClaimActionService(ClaimService claims, ClaimLifecycle lifecycle, TransitionRecorder transitions, Clock clock,
                              UnitLedger units) {
        this.units = units;
        this.claims = claims;
        this.lifecycle = lifecycle;
        this.transitions = transitions;
        this.clock = clock;
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
        if (command instanceof ClaimCommand.Confirm confirm) {
            confirm.requireIn(Currency.getInstance(claim.currency));
        }
        Instant now = clock.instant();
        Transition transition = lifecycle.decide(claim.state(), command, caller.role(), now);
        settle(claim, command, now);
        transitions.record(claim, transition, caller, now);
        recorder.record(claim);
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
