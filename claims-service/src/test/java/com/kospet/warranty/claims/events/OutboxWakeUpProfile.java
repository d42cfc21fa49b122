package com.kospet.warranty.claims.events;

import com.kospet.warranty.testinfra.RestartableKafkaResource;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/** The relay with a poll so far apart that only a commit's wake-up (or a retry's back-off) can explain a publish. */
public class OutboxWakeUpProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(RestartableKafkaResource.class));
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("claims.outbox.poll-interval", "1h", "claims.outbox.send-timeout", "3s");
    }
}
