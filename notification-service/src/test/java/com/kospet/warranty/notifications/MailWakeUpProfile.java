package com.kospet.warranty.notifications;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The mail sender with a poll so far apart that only an event's wake-up can explain a mail within the test. A retry
 * also waits for the poll, so the SMTP exchange gets the production timeouts: on a busy machine the test profile's
 * two seconds for a reply can run out, and the mail would then wait an hour.
 */
public class MailWakeUpProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("notifications.delivery.poll-interval", "1h",
                "notifications.smtp.reply-timeout", "60s",
                "notifications.smtp.attempt-timeout", "90s");
    }
}
