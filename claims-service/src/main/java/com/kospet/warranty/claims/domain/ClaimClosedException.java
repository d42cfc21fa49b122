package com.kospet.warranty.claims.domain;

import com.kospet.warranty.model.ClaimStatus;

/** The claim is in a terminal state and takes no more changes, such as new evidence. */
public class ClaimClosedException extends RuntimeException {

    private final ClaimStatus currentStatus;

    public ClaimClosedException(ClaimStatus currentStatus) {
        super("the claim is " + currentStatus + " and takes no more evidence");
        this.currentStatus = currentStatus;
    }

    public ClaimStatus currentStatus() {
        return currentStatus;
    }
}
