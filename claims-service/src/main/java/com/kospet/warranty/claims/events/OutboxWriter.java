package com.kospet.warranty.claims.events;

import com.kospet.warranty.claims.persistence.ClaimEntity;
import com.kospet.warranty.claims.persistence.OutboxEntity;
import com.kospet.warranty.model.ClaimStatus;
import com.kospet.warranty.model.event.ClaimEvent;
import com.kospet.warranty.model.event.ClaimEventCodec;
import com.kospet.warranty.model.event.ClaimEventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Writes a claim's event to the outbox. It must join the transaction of the change it reports,
 * so that the change and its event are stored together or not at all.
 */
@ApplicationScoped
public class OutboxWriter {

    private final ClaimEventCodec codec = new ClaimEventCodec();
    private final Clock clock;

    public OutboxWriter(Clock clock) {
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ClaimEvent append(ClaimEventType type, ClaimEntity claim, ClaimStatus previousStatus) {
        Instant now = clock.instant();
        ClaimEvent event = new ClaimEvent(UUID.randomUUID(), type, ClaimEvent.SOURCE, now.atOffset(ZoneOffset.UTC),
                ClaimEventMapper.snapshot(claim, previousStatus));
        OutboxEntity row = new OutboxEntity();
        row.id = event.id();
        row.claimId = claim.id;
        row.type = type.type();
        row.payload = codec.encode(event);
        row.createdAt = now;
        row.persist();
        return event;
    }
}
