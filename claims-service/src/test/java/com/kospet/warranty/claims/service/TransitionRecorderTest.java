package com.kospet.warranty.claims.service;

import com.kospet.warranty.claims.Fixtures;
import com.kospet.warranty.claims.Fixtures.OpenClaim;
import com.kospet.warranty.claims.domain.Caller;
import com.kospet.warranty.claims.domain.ClaimCommand;
import com.kospet.warranty.claims.domain.ClaimLifecycle;
import com.kospet.warranty.claims.domain.Transition;
import com.kospet.warranty.claims.persistence.ClaimEntity;
import com.kospet.warranty.claims.persistence.ClaimHistoryEntity;
import com.kospet.warranty.claims.persistence.OutboxEntity;
import com.kospet.warranty.model.ClaimStatus;
import com.kospet.warranty.model.event.ClaimEvent;
import com.kospet.warranty.model.event.ClaimEventCodec;
import com.kospet.warranty.model.event.ClaimEventType;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one place a transition is stored: the claim's state, its history row, its event in the outbox, and its count. */
@QuarkusTest
class TransitionRecorderTest {

    private static final ClaimEventCodec CODEC = new ClaimEventCodec();
    private static final Caller AGENT = new Caller("agent-7", Optional.empty(), Caller.Role.STAFF);

    @Inject
    TransitionRecorder transitions;

    @Inject
    ClaimLifecycle lifecycle;

    @Inject
    MeterRegistry metrics;

    @Test
    void aRecordedTransitionStoresTheNewStateAHistoryRowTheEventAndCountsIt() {
        OpenClaim claim = Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");
        double before = transitionsCounted("confirm", ClaimStatus.AWAITING_RETURN);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        QuarkusTransaction.requiringNew().run(() -> {
            ClaimEntity stored = ClaimEntity.findById(claim.uuid());
            Transition confirm = lifecycle.decide(stored.state(),
                    new ClaimCommand.Confirm(Optional.empty(), Optional.empty(), Optional.of("receipt checked")), AGENT.role(), now);
            transitions.record(stored, confirm, AGENT, now);
        });

        ClaimEntity after = QuarkusTransaction.requiringNew().call(() -> ClaimEntity.findById(claim.uuid()));
        assertThat(after.status).isEqualTo(ClaimStatus.AWAITING_RETURN);
        assertThat(after.shipBackBy).isAfter(after.createdAt.atZone(java.time.ZoneOffset.UTC).toLocalDate());
        assertThat(after.openDeadline).isNotNull();
        assertThat(after.updatedAt).isEqualTo(now);

        ClaimHistoryEntity entry = last(history(claim.uuid()));
        assertThat(entry.action).isEqualTo("confirm");
        assertThat(entry.actor).isEqualTo("agent-7");
        assertThat(entry.role).isEqualTo("staff");
        assertThat(entry.occurredAt).isEqualTo(now);
        assertThat(entry.fromStatus).isEqualTo(ClaimStatus.AWAITING_CONFIRMATION);
        assertThat(entry.toStatus).isEqualTo(ClaimStatus.AWAITING_RETURN);
        assertThat(entry.reason).isEqualTo("receipt checked");

        ClaimEvent event = CODEC.decode(last(outbox(claim.uuid())).payload);
        assertThat(event.type()).isEqualTo(ClaimEventType.CONFIRMED);
        assertThat(event.data().status()).isEqualTo(ClaimStatus.AWAITING_RETURN);
        assertThat(event.data().previousStatus()).isEqualTo(ClaimStatus.AWAITING_CONFIRMATION);
        assertThat(event.data().deadlines().shipBackBy()).isEqualTo(after.shipBackBy);

        assertThat(transitionsCounted("confirm", ClaimStatus.AWAITING_RETURN)).isEqualTo(before + 1);
    }

    @Test
    void openingAClaimIsRecordedLikeAnyTransitionFromNoState() {
        double before = transitionsCounted("submit", ClaimStatus.AWAITING_CONFIRMATION);

        OpenClaim claim = Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");

        ClaimHistoryEntity entry = history(claim.uuid()).get(0);
        assertThat(entry.action).isEqualTo("submit");
        assertThat(entry.actor).isEqualTo(claim.customer().id());
        assertThat(entry.fromStatus).isNull();
        assertThat(entry.toStatus).isEqualTo(ClaimStatus.AWAITING_CONFIRMATION);
        assertThat(entry.reason).startsWith("policy ");
        ClaimEvent event = CODEC.decode(outbox(claim.uuid()).get(0).payload);
        assertThat(event.type()).isEqualTo(ClaimEventType.SUBMITTED);
        assertThat(event.data().previousStatus()).isNull();
        assertThat(event.data().deadlines().confirmBy()).isNotNull();
        assertThat(transitionsCounted("submit", ClaimStatus.AWAITING_CONFIRMATION)).isEqualTo(before + 1);
    }

    @Test
    void aTransitionIsOnlyRecordedInTheTransactionOfTheChange() {
        OpenClaim claim = Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");
        ClaimEntity detached = QuarkusTransaction.requiringNew().call(() -> ClaimEntity.findById(claim.uuid()));
        Instant now = Instant.now();
        Transition confirm = lifecycle.decide(detached.state(),
                new ClaimCommand.Confirm(Optional.empty(), Optional.empty(), Optional.empty()), AGENT.role(), now);

        assertThatThrownBy(() -> transitions.record(detached, confirm, AGENT, now)).isInstanceOf(TransactionalException.class);
        assertThat(history(claim.uuid())).hasSize(1);
        assertThat(outbox(claim.uuid())).hasSize(1);
    }

    private double transitionsCounted(String action, ClaimStatus to) {
        return metrics.counter("claims.transitions", "action", action, "to", to.name()).count();
    }

    private static List<ClaimHistoryEntity> history(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ClaimHistoryEntity.ofClaim(id));
    }

    private static List<OutboxEntity> outbox(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEntity.<OutboxEntity>list("claimId = ?1 order by seq", id));
    }

    private static <T> T last(List<T> items) {
        return items.get(items.size() - 1);
    }
}
