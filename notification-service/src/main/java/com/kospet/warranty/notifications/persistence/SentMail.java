package com.kospet.warranty.notifications.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One mail this service owes, keyed by what caused it; its row says whether it went out. */
@Entity
@Table(name = "sent_log")
public class SentMail extends PanacheEntityBase {

    public enum Status {
        /** Recorded, not yet accepted by the SMTP server. */
        PENDING,
        /** Accepted by the SMTP server. */
        SENT,
        /** The last attempt failed; another may follow. */
        FAILED
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

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String recipient;

    @Column(nullable = false)
    public String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    public static Optional<SentMail> byKey(String key) {
        return find("notificationKey", key).firstResultOptional();
    }

    public static List<SentMail> ofClaim(UUID claimId) {
        return list("claimId = ?1 order by id", claimId);
    }
}
