package com.kospet.warranty.claims.events;

import com.kospet.warranty.claims.persistence.OutboxEntity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A batch is sent in rounds that never hold two events of one claim, each claim's events in the order written. */
class OutboxRoundsTest {

    @Test
    void roundNHoldsTheNthWaitingEventOfEveryClaimInWrittenOrder() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        List<OutboxEntity> batch = List.of(row(1, a), row(2, b), row(3, a), row(4, c), row(5, a), row(6, b));

        List<List<OutboxEntity>> rounds = OutboxRelay.rounds(batch);

        assertThat(rounds).extracting(round -> round.stream().map(row -> row.seq).toList())
                .containsExactly(List.of(1L, 2L, 4L), List.of(3L, 6L), List.of(5L));
    }

    @Test
    void eventsOfDifferentClaimsAllGoInOneRound() {
        List<OutboxEntity> batch = List.of(row(1, UUID.randomUUID()), row(2, UUID.randomUUID()), row(3, UUID.randomUUID()));

        List<List<OutboxEntity>> rounds = OutboxRelay.rounds(batch);

        assertThat(rounds).hasSize(1);
        assertThat(rounds.get(0)).containsExactlyElementsOf(batch);
    }

    private static OutboxEntity row(long seq, UUID claim) {
        OutboxEntity row = new OutboxEntity();
        row.seq = seq;
        row.claimId = claim;
        return row;
    }
}
