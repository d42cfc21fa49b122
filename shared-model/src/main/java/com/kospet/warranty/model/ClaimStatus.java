package com.kospet.warranty.model;

/** The states of a claim (ARCHITECTURE.md, "Claim lifecycle"). */
public enum ClaimStatus {
    AWAITING_CONFIRMATION,
    AWAITING_RETURN,
    IN_TRANSIT,
    RECEIVED,
    PAYMENT_DUE,
    /**
     * The store owes the settlement: the refund (refund types) or the new unit (replacement types).
     * Reached when inspection confirms the claim, when a cancellation is confirmed, or when the
     * WORRY FREE+ price difference is paid.
     */
    APPROVED,
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
