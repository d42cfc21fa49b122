package com.kospet.warranty.claims.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** UN-3: a unit shipped in place of another; it belongs to the same order line as the unit it replaced. */
@Entity
@Table(name = "replacement_units")
public class ReplacementUnitEntity extends PanacheEntityBase {

    @Id
    @Column(name = "unit_id")
    public String unitId;

    @Column(name = "order_number", nullable = false)
    public String orderNumber;

    @Column(name = "original_unit_id", nullable = false)
    public String originalUnitId;

    @Column(name = "replaces_unit_id", nullable = false)
    public String replacesUnitId;

    /** The claim that shipped it. */
    @Column(name = "claim_id", nullable = false)
    public UUID claimId;

    @Column(name = "shipped_at", nullable = false)
    public Instant shippedAt;
}
