package com.kospet.warranty.model.event;

import java.util.Arrays;
import java.util.Optional;

/** The CloudEvents {@code type} of every event on {@code claims.events}. */
public enum ClaimEventType {
    SUBMITTED("claim.submitted"),
    CONFIRMED("claim.confirmed"),
    REJECTED("claim.rejected"),
    RETURN_REGISTERED("claim.return-registered"),
    RECEIVED("claim.received"),
    INSPECTED("claim.inspected"),
    PAYMENT_DUE("claim.payment-due"),
    PAID("claim.paid"),
    REPLACEMENT_SHIPPED("claim.replacement-shipped"),
    REFUNDED("claim.refunded"),
    CANCELLED("claim.cancelled"),
    EXPIRED("claim.expired"),
    CLOSED("claim.closed"),
    UPDATED("claim.updated");

    private final String type;

    ClaimEventType(String type) {
        this.type = type;
    }

    public String type() {
        return type;
    }

    public static Optional<ClaimEventType> fromType(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }
}
