package com.kospet.warranty.claims.domain;

import com.kospet.warranty.model.ClaimStatus;
import com.kospet.warranty.model.RequestType;

/** The action is no edge out of the claim's current state (or not one for its request type). */
public class IllegalTransitionException extends RuntimeException {

    private final ClaimAction action;
    private final ClaimStatus currentStatus;

    public IllegalTransitionException(ClaimAction action, ClaimStatus currentStatus, RequestType type) {
        super(action.pathName() + " is not possible for a " + type + " claim in state " + currentStatus);
        this.action = action;
        this.currentStatus = currentStatus;
    }

    public ClaimAction action() {
        return action;
    }

    public ClaimStatus currentStatus() {
        return currentStatus;
    }
}
