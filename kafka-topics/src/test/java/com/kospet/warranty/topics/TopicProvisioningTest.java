package com.kospet.warranty.topics;

import com.kospet.warranty.stack.KafkaCluster;
import com.kospet.warranty.stack.Ports;
import com.kospet.warranty.time.Backoff;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class TopicProvisioningTest {

    @Test
    void topicsAreCreatedOnceKafkaComesUpAfterTheServiceStarted(@TempDir Path home) throws Exception {
        int port = Ports.anyFree();
        String bootstrap = "localhost:" + port;
        try (TopicProvisioning provisioning = TopicProvisioning.start(bootstrap, List.of("claims.events", "claims.events.dlq"),
                new TopicSettings(3, (short) 1, 1), new Backoff(Duration.ofMillis(200), Duration.ofSeconds(1)), "test-topics")) {
            // Started and returned at once, with nothing to talk to.
            Thread.sleep(1500);
            assertThat(provisioning.outcome()).isEmpty();

            try (KafkaCluster broker = KafkaCluster.start(1, port, home, home)) {
                await().atMost(Duration.ofSeconds(60)).until(() -> provisioning.outcome().isPresent());
                assertThat(provisioning.outcome().get().created()).containsExactlyInAnyOrder("claims.events", "claims.events.dlq");
                try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                    assertThat(admin.describeTopics(Set.of("claims.events")).allTopicNames().get().get("claims.events")
                            .partitions()).hasSize(3);
                }
            }
        }
    }

    @Test
    void settingsThatCannotHoldAreRefusedAtOnce() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new TopicSettings(3, (short) 1, 2)).withMessageContaining("min.insync.replicas");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new TopicSettings(0, (short) 1, 1));
    }
}
