package com.kospet.warranty.notifications.mail;

import com.kospet.warranty.model.event.ClaimEventType;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The mails this service sends. An event mail goes out once per event of its type; a scheduled
 * mail (reminder, SLA alert) goes out once per claim and deadline, unless the claim moves on first.
 */
public enum MailKind {
    CLAIM_SUBMITTED(Audience.CUSTOMER, ClaimEventType.SUBMITTED),
    CLAIM_CONFIRMED(Audience.CUSTOMER, ClaimEventType.CONFIRMED),
    CLAIM_REJECTED(Audience.CUSTOMER, ClaimEventType.REJECTED),
    PAYMENT_DUE(Audience.CUSTOMER, ClaimEventType.PAYMENT_DUE),
    CLAIM_REFUNDED(Audience.CUSTOMER, ClaimEventType.REFUNDED),
    REPLACEMENT_SHIPPED(Audience.CUSTOMER, ClaimEventType.REPLACEMENT_SHIPPED),
    CLAIM_CANCELLED(Audience.CUSTOMER, ClaimEventType.CANCELLED),
    CLAIM_EXPIRED(Audience.CUSTOMER, ClaimEventType.EXPIRED),
    SHIP_BACK_REMINDER(Audience.CUSTOMER, null),
    PAYMENT_REMINDER(Audience.CUSTOMER, null),
    UNCONFIRMED_ALERT(Audience.STAFF, null),
    UNSHIPPED_REPLACEMENT_ALERT(Audience.STAFF, null);

    public enum Audience { CUSTOMER, STAFF }

    private final Audience audience;
    private final ClaimEventType cause;

    MailKind(Audience audience, ClaimEventType cause) {
        this.audience = audience;
        this.cause = cause;
    }

    /** The mail an event of this type sends at once, if any. */
    public static Optional<MailKind> forEvent(ClaimEventType type) {
        return Arrays.stream(values()).filter(kind -> kind.cause == type).findFirst();
    }

    public static Optional<MailKind> ofKey(String key) {
        return Arrays.stream(values()).filter(kind -> kind.key().equals(key)).findFirst();
    }

    public Audience audience() {
        return audience;
    }

    /** Reminders and alerts: due at a time derived from a deadline, and cancelled when the claim moves on. */
    public boolean isScheduled() {
        return cause == null;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
