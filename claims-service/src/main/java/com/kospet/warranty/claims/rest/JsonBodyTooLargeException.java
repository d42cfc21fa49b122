package com.kospet.warranty.claims.rest;

import java.io.IOException;

/**
 * A JSON body longer than the limit of JSON bodies. An {@link IOException}, as it is raised by the stream the
 * JSON is read from, so the JSON reader passes it on unchanged.
 */
public class JsonBodyTooLargeException extends IOException {

    private final long maximum;

    public JsonBodyTooLargeException(long maximum) {
        super("the JSON body is larger than " + maximum + " bytes");
        this.maximum = maximum;
    }

    public long maximum() {
        return maximum;
    }
}
