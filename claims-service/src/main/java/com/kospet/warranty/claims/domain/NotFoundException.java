package com.kospet.warranty.claims.domain;

/** Nothing by that id that the caller may see (someone else's claim is not found either). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what) {
        super(what + " not found");
    }
}
