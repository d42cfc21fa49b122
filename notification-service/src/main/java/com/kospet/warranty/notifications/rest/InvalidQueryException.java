package com.kospet.warranty.notifications.rest;

/** A query parameter is missing or cannot be read; answered 400 naming it. */
public class InvalidQueryException extends RuntimeException {

    private final String parameter;

    public InvalidQueryException(String parameter, String message) {
        super(parameter + " " + message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
