package com.kospet.warranty.notifications;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** The mail sender with a poll so far apart that only an event's wake-up can explain a mail within the test. */
public class MailWakeUpProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("notifications.delivery.poll-interval", "1h");
    }
}
