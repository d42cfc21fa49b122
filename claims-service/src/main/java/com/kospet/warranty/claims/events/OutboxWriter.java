package com.kospet.warranty.claims.events;

import com.kospet.warranty.claims.persistence.ClaimEntity;
import com.kospet.warranty.claims.persistence.OutboxEntity;
import com.kospet.warranty.model.ClaimStatus;
import com.kospet.warranty.model.event.ClaimEvent;
import com.kospet.warranty.model.event.ClaimEventCodec;
import com.kospet.warranty.model.event.ClaimEventType;
import com.kospet.warranty.tracing.TraceContexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Writes a claim's event to the outbox. It must join the transaction of the change it reports,
 * so that the change and its event are stored together or not at all. The transaction also notifies
 * {@value OutboxWakeUps#CHANNEL}: PostgreSQL tells every listening instance when it commits (and never
 * if it rolls back), so the relay publishes the event right away instead of at its next poll.
 */
@ApplicationScoped
public class OutboxWriter {

    /** Marks, per transaction, that the notification is issued (several events of one transaction need one). */
    private static final Object NOTIFIED = new Object();

    private final ClaimEventCodec codec = new ClaimEventCodec();
    private final Clock clock;
    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;

    public OutboxWriter(Clock clock, EntityManager entityManager, TransactionSynchronizationRegistry transactions) {
        this.clock = clock;
        this.entityManager = entityManager;
        this.transactions = transactions;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ClaimEvent append(ClaimEventType type, ClaimEntity claim, ClaimStatus previousStatus) {
        Instant now = clock.instant();
        // The trace of the request (or job) making the change travels in the stored event: the relay publishes it later,
        // on its own thread, and every consumer continues that trace.
        ClaimEvent event = new ClaimEvent(UUID.randomUUID(), type, ClaimEvent.SOURCE, now.atOffset(ZoneOffset.UTC),
                ClaimEventMapper.snapshot(claim, previousStatus), TraceContexts.current());
        OutboxEntity row = new OutboxEntity();
        row.id = event.id();
        row.claimId = claim.id;
        row.type = type.type();
        row.payload = codec.encode(event);
        row.createdAt = now;
        row.persist();
        notifyRelayOnCommit();
        return event;
    }

    private void notifyRelayOnCommit() {
        if (transactions.getResource(NOTIFIED) != null) {
            return;
        }
        transactions.putResource(NOTIFIED, Boolean.TRUE);
        // On the transaction's own connection, without flushing the session: a NOTIFY takes effect at commit
        // wherever it stands in the transaction.
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("NOTIFY " + OutboxWakeUps.CHANNEL);
            }
        });
    }
}
