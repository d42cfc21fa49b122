package com.kospet.warranty.claims.domain;

import java.util.regex.Pattern;

/**
 * The {@code Idempotency-Key} a client sends so that a retry of the same request is answered, not
 * executed again. The column holding it is 255 characters wide; a UUID is the key clients should send.
 */
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_LENGTH = 255;
    /** Visible ASCII only: a header value is ASCII, and a key with spaces or control characters is a client bug. */
    private static final Pattern VISIBLE_ASCII = Pattern.compile("[\\x21-\\x7E]+");

    /** @throws InvalidRequestException when the header is blank, too long or not visible ASCII */
    public static IdempotencyKey parse(String header) {
        if (header == null || header.isBlank()) {
            throw InvalidRequestException.of(HEADER, "must not be blank");
        }
        if (header.length() > MAX_LENGTH) {
            throw InvalidRequestException.of(HEADER, "must be at most " + MAX_LENGTH + " characters");
        }
        if (!VISIBLE_ASCII.matcher(header).matches()) {
            throw InvalidRequestException.of(HEADER, "must be visible ASCII characters without spaces, e.g. a UUID");
        }
        return new IdempotencyKey(header);
    }
}
