package com.kospet.warranty.claims.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The short reference every mail about a claim quotes and customers read out to staff: the first block of the
 * claim id (its first 8 hex digits), upper case. notification-service writes it the same way
 * ({@code MailComposer.reference}).
 */
public record ClaimReference(String value) {

    private static final Pattern FORM = Pattern.compile("[0-9A-F]{8}");

    public ClaimReference {
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a claim reference is 8 hex digits, upper case");
        }
    }

    public static ClaimReference of(UUID claimId) {
        return new ClaimReference(claimId.toString().substring(0, 8).toUpperCase(Locale.ROOT));
    }

    /** The reference as a person typed it (either case, surrounding blanks ignored); empty if it is none. */
    public static Optional<ClaimReference> parse(String text) {
        String value = text.strip().toUpperCase(Locale.ROOT);
        return FORM.matcher(value).matches() ? Optional.of(new ClaimReference(value)) : Optional.empty();
    }

    /** The lowest claim id with this reference: claim ids sort by their bytes, so a reference is a range of them. */
    public UUID firstId() {
        return UUID.fromString(value.toLowerCase(Locale.ROOT) + "-0000-0000-0000-000000000000");
    }

    /** The highest claim id with this reference. */
    public UUID lastId() {
        return UUID.fromString(value.toLowerCase(Locale.ROOT) + "-ffff-ffff-ffff-ffffffffffff");
    }

    @Override
    public String toString() {
        return value;
    }
}
