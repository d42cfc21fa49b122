package com.kospet.warranty.notifications.persistence;

import com.kospet.warranty.model.event.TraceContext;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One mail this service owes, keyed by what caused it: the event (for an event's mail) or the claim,
 * kind and deadline (for a reminder or alert). The row holds the rendered mail until it went out, and
 * says what became of it.
 */
@Entity
@Table(name = "sent_log")
// Updates name only the columns that changed: taking a mail and recording its outcome touch its status and attempts,
// never rewrite its rendered bodies and event (kilobytes, stored out of line by PostgreSQL) as a full-row update would.
@DynamicUpdate
public class SentMail extends PanacheEntityBase {

    public enum Status {
        /** Owed: due at {@code dueAt}, next attempt not before {@code nextAttemptAt}. */
        PENDING,
        /**
         * Handed to the SMTP server, the outcome not known: the attempt is under way, or it ended in a way that
         * leaves open whether the server took the mail (timeout, connection lost); the next attempt is flagged.
         */
        SENDING,
        /** Accepted by the SMTP server. */
        SENT,
        /** Given up after the configured attempts; its event went to the dead-letter topic. */
        FAILED,
        /** A reminder or alert that no longer applies: the claim moved on first. */
        CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** What caused the mail, e.g. {@code <event id>:claim-submitted}: unique, so nothing is sent twice. */
    @Column(name = "notification_key", nullable = false, unique = true)
    public String notificationKey;

    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "claim_id", nullable = false)
    public UUID claimId;

    /** The claim's customer as the event named them (the subject of their token); null where no event said. */
    @Column(name = "customer_id")
    public String customerId;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String recipient;

    @Column(nullable = false)
    public String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** SMTP attempts so far. */
    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    /** The time of the event that planned the mail: an older event never cancels what a newer one planned. */
    @Column(name = "planned_by_time")
    public Instant plannedByTime;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "html_body")
    public String htmlBody;

    @Column(name = "text_body")
    public String textBody;

    /** The event the mail is for, as read from Kafka: what goes to the dead-letter topic if the mail cannot be sent. */
    @Column(name = "event_payload")
    public byte[] eventPayload;

    /** The mail was sent again after an attempt whose outcome was unknown: the reader may have it twice (same Message-ID). */
    @Column(name = "possibly_duplicate", nullable = false)
    public boolean possiblyDuplicate;

    /** The W3C {@code traceparent} of the work that recorded the mail: its SMTP send joins that trace. */
    @Column(name = "trace_parent")
    public String traceParent;

    /** The W3C {@code tracestate} beside {@link #traceParent}, when the trace has one. */
    @Column(name = "trace_state")
    public String traceState;

    /** The trace the mail was recorded in; none for a row recorded before mails kept it. */
    public Optional<TraceContext> traceContext() {
        return TraceContext.of(traceParent, traceState);
    }

    public void traceContext(Optional<TraceContext> trace) {
        traceParent = trace.map(TraceContext::traceparent).orElse(null);
        traceState = trace.flatMap(TraceContext::tracestate).orElse(null);
    }

    public static Optional<SentMail> byKey(String key) {
        return find("notificationKey", key).firstResultOptional();
    }

    /** Those of {@code keys} that name a mail recorded already. */
    public static List<String> recordedOf(Collection<String> keys) {
        return getEntityManager()
                .createQuery("select s.notificationKey from SentMail s where s.notificationKey in :keys", String.class)
                .setParameter("keys", keys)
                .getResultList();
    }

    public static List<SentMail> ofClaim(UUID claimId) {
        return list("claimId = ?1 order by id", claimId);
    }

    /**
     * A customer's mail of the given kinds, newest first (by when each was or is due, then the order recorded),
     * starting after {@code after} when given, at most {@code limit}.
     */
    public static List<SentMail> ofCustomer(String customerId, Collection<String> kinds, Optional<UUID> claimId,
                                            Optional<Position> after, int limit) {
        StringBuilder query = new StringBuilder("customerId = :customer and kind in :kinds");
        Parameters params = Parameters.with("customer", customerId).and("kinds", kinds);
        claimId.ifPresent(claim -> {
            query.append(" and claimId = :claim");
            params.and("claim", claim);
        });
        after.ifPresent(position -> {
            query.append(" and (dueAt < :afterDue or (dueAt = :afterDue and id < :afterId))");
            params.and("afterDue", position.dueAt()).and("afterId", position.id());
        });
        return find(query + " order by dueAt desc, id desc", params).page(0, limit).list();
    }

    /** Where a page of {@link #ofCustomer} ended: the last mail's due time and id. */
    public record Position(Instant dueAt, long id) {
        public static Position of(SentMail mail) {
            return new Position(mail.dueAt, mail.id);
        }
    }

    /** The claim's reminders and alerts still waiting, planned by an event no newer than {@code eventTime}. */
    public static List<SentMail> waitingOf(UUID claimId, Instant eventTime) {
        return list("claimId = ?1 and status = ?2 and plannedByTime <= ?3", claimId, Status.PENDING, eventTime);
    }
}
