package com.kospet.warranty.model;

/** What a customer can ask for under the policy (docs/policy.md, "Request types"). */
public enum RequestType {
    DEFECT_RETURN,
    DEFECT_REPLACEMENT,
    NO_DEFECT_RETURN,
    CANCEL,
    WORRY_FREE_REPLACEMENT;

    /** Types whose money ends in a refund rather than a new unit. */
    public boolean isRefund() {
        return this == DEFECT_RETURN || this == NO_DEFECT_RETURN || this == CANCEL;
    }

    /** Types that end with a new unit shipped to the customer. */
    public boolean isReplacement() {
        return this == DEFECT_REPLACEMENT || this == WORRY_FREE_REPLACEMENT;
    }
}
