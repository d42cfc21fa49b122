package com.kospet.warranty.claims.domain;

import com.kospet.warranty.model.ClaimStatus;
import com.kospet.warranty.model.RequestType;

import java.util.Objects;
import java.util.UUID;

/** A claim as far as the unit it was made on is concerned (UN-1..UN-3, WF-3). */
public record UnitClaim(UUID id, String unitId, RequestType type, ClaimStatus status, String customerId) {

    public UnitClaim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
    }

    /** UN-1: a withdrawn, rejected, expired or closed claim is not open. */
    public boolean isOpen() {
        return !status.isTerminal();
    }

    /** UN-2: the unit's money went back to the customer (a claim is only closed once settled). */
    public boolean refundedTheUnit() {
        return type.isRefund() && (status == ClaimStatus.REFUNDED || status == ClaimStatus.CLOSED);
    }

    /** UN-3: a new unit was shipped in place of this one. */
    public boolean replacedTheUnit() {
        return type.isReplacement() && (status == ClaimStatus.REPLACEMENT_SHIPPED || status == ClaimStatus.CLOSED);
    }

    /** WF-3 counts every WORRY FREE+ claim but the refused, withdrawn and expired ones. */
    public boolean countsTowardsWorryFreeLimit() {
        return type == RequestType.WORRY_FREE_REPLACEMENT && status != ClaimStatus.REJECTED
                && status != ClaimStatus.CANCELLED && status != ClaimStatus.EXPIRED;
    }
}
