package com.kospet.warranty.claims.events;

import com.kospet.warranty.testinfra.RestartableKafkaResource;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/** The service against a Kafka broker that the test stops and starts again. */
public class KafkaOutageProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(RestartableKafkaResource.class));
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        // A publish that cannot get through gives up sooner, so the test sees the relay retry within seconds.
        return Map.of("claims.outbox.send-timeout", "3s");
    }
}
