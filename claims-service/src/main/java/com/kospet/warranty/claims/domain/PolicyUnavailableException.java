package com.kospet.warranty.claims.domain;

/** The policy could not be asked: the claim cannot be decided now, and nothing was stored. */
public class PolicyUnavailableException extends RuntimeException {
    public PolicyUnavailableException(Throwable cause) {
        super("the policy service could not be reached", cause);
    }
}
