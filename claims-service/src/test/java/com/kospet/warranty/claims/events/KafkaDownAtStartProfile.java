package com.kospet.warranty.claims.events;

import com.kospet.warranty.testinfra.RestartableKafkaResource;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/** The service started while its Kafka broker is not running yet; the test starts the broker. */
public class KafkaDownAtStartProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(RestartableKafkaResource.class,
                Map.of(RestartableKafkaResource.DOWN_AT_START, "true")));
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        // A publish that cannot get through gives up sooner, so the relay tries again within seconds.
        return Map.of("claims.outbox.send-timeout", "3s");
    }
}
