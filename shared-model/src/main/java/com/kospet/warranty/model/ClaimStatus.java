package com.kospet.warranty.model;

/** The states of a claim (ARCHITECTURE.md, "Claim lifecycle"). */
public enum ClaimStatus {
    AWAITING_CONFIRMATION,
    AWAITING_RETURN,
    IN_TRANSIT,
    RECEIVED,
    PAYMENT_DUE,
    REFUNDED,
    REPLACEMENT_SHIPPED,
    REJECTED,
    CANCELLED,
    EXPIRED,
    CLOSED;

    public boolean isTerminal() {
        return this == REJECTED || this == CANCELLED || this == EXPIRED || this == CLOSED;
    }
}
