package com.kospet.warranty.claims.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

import java.time.Instant;
import java.util.UUID;

/** One event waiting to be published, written in the same transaction as the change it reports. */
@Entity
@Table(name = "outbox")
// Marking an event published (or a failed attempt) updates those columns only, not the event's payload as well.
@DynamicUpdate
public class OutboxEntity extends PanacheEntityBase {

    /** Publication order: the order the events were written in. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    /** The CloudEvents id. */
    @Column(nullable = false, unique = true)
    public UUID id;

    /** The Kafka record key, so every event of a claim lands in one partition, in order. */
    @Column(name = "claim_id", nullable = false)
    public UUID claimId;

    @Column(nullable = false)
    public String type;

    /** The CloudEvent in structured JSON, exactly as it will be published. */
    @Column(nullable = false)
    public byte[] payload;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;
}
