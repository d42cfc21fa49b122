package com.kospet.warranty.claims.domain;

/** An Idempotency-Key already answered one request was sent again with another request: a client bug, never replayed. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException() {
        super("this Idempotency-Key was already used for a different request; send a new key for a new request");
    }
}
