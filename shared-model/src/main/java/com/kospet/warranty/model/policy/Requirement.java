package com.kospet.warranty.model.policy;

/** Something the customer must still supply before an INCOMPLETE option becomes eligible. */
public enum Requirement {
    /** DP-2 1) */
    ORDER_NUMBER,
    /** DP-2 2) */
    PURCHASE_LINK,
    /** DP-2 3): at least one video or picture that shows the problem. */
    MEDIA,
    /** EX-4: the carrier's proof of damage in transit. */
    CARRIER_DAMAGE_PROOF
}
