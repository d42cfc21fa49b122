package com.kospet.warranty.claims.persistence;

import com.kospet.warranty.model.ClaimStatus;
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
import java.util.UUID;

/** One transition of a claim: who made it, when, from which state to which, and why. */
@Entity
@Table(name = "claim_history")
public class ClaimHistoryEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "claim_id", nullable = false)
    public UUID claimId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String role;

    @Column(nullable = false)
    public String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public ClaimStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public ClaimStatus toStatus;

    public String reason;

    /** Keeps one transition in the claim's audit trail, in the transaction that makes it. */
    public static ClaimHistoryEntity record(UUID claimId, Instant at, String actor, String role, String action,
                                            ClaimStatus from, ClaimStatus to, String reason) {
        ClaimHistoryEntity entry = new ClaimHistoryEntity();
        entry.claimId = claimId;
        entry.occurredAt = at;
        entry.actor = actor;
        entry.role = role;
        entry.action = action;
        entry.fromStatus = from;
        entry.toStatus = to;
        entry.reason = reason == null || reason.length() <= 2000 ? reason : reason.substring(0, 2000);
        entry.persist();
        return entry;
    }

    public static List<ClaimHistoryEntity> ofClaim(UUID claimId) {
        return list("claimId = ?1 order by id", claimId);
    }
}
