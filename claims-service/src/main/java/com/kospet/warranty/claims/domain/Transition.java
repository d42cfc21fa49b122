package com.kospet.warranty.claims.domain;

import com.kospet.warranty.model.ClaimStatus;
import com.kospet.warranty.model.event.ClaimEventType;

import java.util.Optional;

/**
 * The outcome of one action: the claim after it, the event that reports it, and the reason kept in
 * the history. {@code from} is empty for the opening of a claim.
 */
public record Transition(ClaimAction action, Optional<ClaimStatus> from, ClaimState after, ClaimEventType event,
                         String reason) {

    public ClaimStatus to() {
        return after.status();
    }
}
