package com.kospet.warranty.policy.rest;

import java.net.URI;

/** The kinds of problem this service reports; each is a stable {@code type} URI clients may switch on. */
public enum ProblemType {
    /** The request body or parameters are wrong; {@code errors} names the fields. */
    INVALID_REQUEST("urn:kospet:warranty:problem:invalid-request"),
    /** No such resource, method or media type here: the HTTP status says all there is to say. */
    HTTP("about:blank"),
    /** A fault of the service, not of the request. */
    INTERNAL("urn:kospet:warranty:problem:internal");

    private final URI uri;

    ProblemType(String uri) {
        this.uri = URI.create(uri);
    }

    public URI uri() {
        return uri;
    }
}
