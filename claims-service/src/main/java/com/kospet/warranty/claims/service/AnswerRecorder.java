package com.kospet.warranty.claims.service;

import com.kospet.warranty.claims.persistence.ClaimEntity;

/**
 * Keeps the answer to a request inside the transaction of the change it reports, after the change:
 * the answer is stored exactly when the change commits, so a retry never finds a change without
 * its answer, nor an answer without its change.
 */
@FunctionalInterface
public interface AnswerRecorder {

    AnswerRecorder NONE = claim -> {
    };

    void record(ClaimEntity claim);
}
