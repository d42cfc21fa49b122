package com.kospet.warranty.claims.events;

import com.kospet.warranty.claims.Fixtures;
import com.kospet.warranty.claims.Fixtures.OpenClaim;
import com.kospet.warranty.model.event.ClaimEvent;
import com.kospet.warranty.model.event.ClaimEventType;
import com.kospet.warranty.testinfra.ClaimEventsTopic;
import com.kospet.warranty.testinfra.RestartableKafkaResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service starts while Kafka is away: it is ready and accepts claims at once, and once the broker is up it creates
 * {@code claims.events} itself (the broker creates no topic on first use) and the claims' events follow.
 */
@QuarkusTest
@TestProfile(KafkaDownAtStartProfile.class)
class KafkaDownAtStartTest {

    @AfterEach
    void brokerStops() {
        RestartableKafkaResource.stopBroker();
    }

    @Test
    void theServiceIsReadyWithoutKafkaAndCreatesItsTopicOnceKafkaIsUp() throws Exception {
        RestAssured.get("/q/health/ready").then().statusCode(200);
        OpenClaim opened = Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");

        RestartableKafkaResource.startBroker();

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                RestartableKafkaResource.bootstrapServers()))) {
            await().atMost(Duration.ofSeconds(60)).until(() -> admin.listTopics().names().get().contains(ClaimEvent.TOPIC));
            TopicDescription topic = admin.describeTopics(Set.of(ClaimEvent.TOPIC)).allTopicNames().get().get(ClaimEvent.TOPIC);
            assertThat(topic.partitions()).as("partitions of warranty.kafka.topics.partitions").hasSize(3);
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, ClaimEvent.TOPIC);
            assertThat(admin.describeConfigs(List.of(resource)).all().get().get(resource)
                    .get(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG).value()).isEqualTo("1");
        }
        try (ClaimEventsTopic topic = new ClaimEventsTopic(RestartableKafkaResource.bootstrapServers())) {
            assertThat(topic.eventsOf(opened.uuid(), 1, Duration.ofSeconds(60)))
                    .extracting(ClaimEvent::type).containsExactly(ClaimEventType.SUBMITTED);
        }
    }
}
