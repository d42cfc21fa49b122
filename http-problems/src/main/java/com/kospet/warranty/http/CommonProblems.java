package com.kospet.warranty.http;

import com.kospet.warranty.model.problem.ProblemDetail;
import com.kospet.warranty.model.problem.ProblemDetail.FieldError;

import java.util.List;

/**
 * The kinds of problem every service answers alike, each with its one type URI (the catalogue is in this module's
 * README). A service's own kinds (a claim in the wrong state, a policy that refuses) are built where it maps them.
 */
public final class CommonProblems {

    private CommonProblems() {
    }

    /** 400: a parameter, header or body field is missing, unreadable or breaks a rule; {@code errors} names each. */
    public static ProblemDetail invalidRequest(String detail, List<FieldError> errors) {
        return ProblemDetail.of(400, "invalid-request", "Invalid request", detail).withErrors(errors);
    }

    /** 401, for a request without a valid bearer token. */
    public static ProblemDetail unauthenticated() {
        return ProblemDetail.of(401, "unauthenticated", "Unauthenticated", "a valid bearer token is required");
    }

    /** 403: the caller is known, but may not do this. */
    public static ProblemDetail forbidden(String detail) {
        return ProblemDetail.of(403, "forbidden", "Forbidden", detail);
    }

    /** 413: the body is larger than the {@code maximum} bytes the server reads. */
    public static ProblemDetail requestTooLarge(long maximum) {
        return ProblemDetail.of(413, "request-too-large", "Request too large",
                        "the request body is larger than the " + maximum + " bytes this server reads")
                .with("maximum", maximum);
    }

    /** 414: the request's path and query are longer than {@code maximum} characters. */
    public static ProblemDetail uriTooLong(int maximum) {
        return ProblemDetail.of(414, "uri-too-long", "URI too long",
                        "the request URI is longer than the " + maximum + " characters this server reads")
                .with("maximum", maximum);
    }

    /** 431: the request's headers add up to more than {@code maximum} bytes. */
    public static ProblemDetail requestHeadersTooLarge(long maximum) {
        return ProblemDetail.of(431, "request-headers-too-large", "Request header fields too large",
                        "the request headers add up to more than the " + maximum + " bytes this server reads")
                .with("maximum", maximum);
    }

    /**
     * An HTTP error the framework raises itself (no such path, a method or media type the resource does not take),
     * which means no more than its status: RFC 9457's {@code about:blank}, titled with the status' reason phrase.
     */
    public static ProblemDetail httpStatus(int status, String reasonPhrase, String detail) {
        return ProblemDetail.ofStatus(status, reasonPhrase, detail);
    }
}
