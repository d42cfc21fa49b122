package com.kospet.warranty.notifications.delivery;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The Message-ID header of a mail, derived from the key that makes it unique in the sent log: every attempt of
 * one mail carries the same id, so a receiving system that sees it twice (after an attempt whose outcome was
 * unknown) can tell it is one mail. The key itself may hold characters a Message-ID may not (":"), so the id
 * is the name-based UUID of the key.
 */
public record MessageId(String value) {

    public static MessageId of(String notificationKey, String domain) {
        UUID id = UUID.nameUUIDFromBytes(notificationKey.getBytes(StandardCharsets.UTF_8));
        return new MessageId("<" + id + "@" + domain + ">");
    }

    @Override
    public String toString() {
        return value;
    }
}
