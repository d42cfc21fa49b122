package com.kospet.warranty.notifications.mail;

import com.kospet.warranty.model.event.ClaimEventType;

import java.util.Optional;

/** The mails this service sends, each tied to the event that causes it. */
public enum MailKind {
    CLAIM_SUBMITTED(ClaimEventType.SUBMITTED);

    private final ClaimEventType cause;

    MailKind(ClaimEventType cause) {
        this.cause = cause;
    }

    /** The mail the customer gets for an event of this type, if any. */
    public static Optional<MailKind> forEvent(ClaimEventType type) {
        for (MailKind kind : values()) {
            if (kind.cause == type) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
