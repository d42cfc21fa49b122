package com.kospet.warranty.model.policy;

import com.kospet.warranty.model.Money;

/** Who pays one shipping leg, and what it costs when known ({@code cost} is {@code null} otherwise). */
public record ShippingCharge(Leg leg, Payer payer, Money cost) {

    public enum Leg {
        /** The original delivery of the order (for deductions). */
        OUTBOUND,
        /** Customer to store. */
        RETURN,
        /** Store to customer: the new unit. */
        DISPATCH
    }

    public enum Payer { CUSTOMER, STORE }
}
