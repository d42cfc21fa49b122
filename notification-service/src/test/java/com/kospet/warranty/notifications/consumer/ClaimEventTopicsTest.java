package com.kospet.warranty.notifications.consumer;

import com.kospet.warranty.testinfra.KafkaResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The test broker, like a production one, creates no topic on first use: the service creates the topic it reads and
 * its dead-letter topic itself, with the configured partitions and min.insync.replicas.
 */
@QuarkusTest
class ClaimEventTopicsTest {

    private static final List<String> TOPICS = List.of("claims.events", "claims.events.dlq");

    @Test
    void theServiceCreatesTheEventTopicAndItsDeadLetterTopicWithTheConfiguredLayout() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.bootstrapServers()))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> admin.listTopics().names().get().containsAll(TOPICS));
            Map<String, TopicDescription> topics = admin.describeTopics(TOPICS).allTopicNames().get();
            for (String name : TOPICS) {
                assertThat(topics.get(name).partitions()).as(name).hasSize(3);
                ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, name);
                assertThat(admin.describeConfigs(Set.of(resource)).all().get().get(resource)
                        .get(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG).value()).as(name).isEqualTo("1");
            }
        }
    }
}
