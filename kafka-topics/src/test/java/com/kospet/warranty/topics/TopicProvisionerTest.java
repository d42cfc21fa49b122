package com.kospet.warranty.topics;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import com.kospet.warranty.stack.KafkaCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Against a real three-broker KRaft cluster (the local stack's) that creates no topic on first use. */
class TopicProvisionerTest {

    private static final TopicSettings REPLICATED = new TopicSettings(3, (short) 3, 2);

    private static Path home;
    private static KafkaCluster cluster;
    private static Admin admin;

    @BeforeAll
    static void startCluster() throws Exception {
        home = Files.createTempDirectory("kafka-cluster-");
        cluster = KafkaCluster.start(3, 0, home, home);
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()));
        // The brokers' ports are open before all three have registered; a topic of three copies needs them all.
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> admin.describeCluster().nodes().get().size() == 3);
    }

    @AfterAll
    static void stopCluster() throws Exception {
        admin.close();
        cluster.close();
        try (var files = Files.walk(home)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void missingTopicsAreCreatedWithTheConfiguredPartitionsReplicasAndMinInsyncReplicas() throws Exception {
        String events = "events-" + UUID.randomUUID();
        String deadLetters = events + ".dlq";

        TopicProvisioner.Outcome outcome = provisioner().ensure(List.of(events, deadLetters));

        assertThat(outcome.created()).containsExactlyInAnyOrder(events, deadLetters);
        assertThat(outcome.fewerPartitions()).isEmpty();
        for (String topic : List.of(events, deadLetters)) {
            TopicDescription description = describe(topic);
            assertThat(description.partitions()).hasSize(3)
                    .allSatisfy(partition -> assertThat(partition.replicas()).hasSize(3));
            assertThat(minInsyncReplicas(topic)).isEqualTo("2");
        }
    }

    @Test
    void aSecondInstanceFindsTheTopicsThereAndChangesNothing() throws Exception {
        String events = "events-" + UUID.randomUUID();
        provisioner().ensure(List.of(events));

        TopicProvisioner.Outcome again = provisioner().ensure(List.of(events));

        assertThat(again.created()).isEmpty();
        assertThat(again.existing()).containsExactly(events);
        assertThat(describe(events).partitions()).hasSize(3);
    }

    @Test
    void aTopicWithFewerPartitionsIsReportedAndLeftAsItIs() throws Exception {
        String events = "events-" + UUID.randomUUID();
        admin.createTopics(List.of(new NewTopic(events, 1, (short) 3))).all().get();
        describe(events);

        TopicProvisioner.Outcome outcome = provisioner().ensure(List.of(events));

        assertThat(outcome.created()).isEmpty();
        assertThat(outcome.fewerPartitions()).containsExactly(events);
        assertThat(describe(events).partitions()).hasSize(1);
    }

    @Test
    void noBrokerCreatesATopicOnFirstUse() throws Exception {
        String unknown = "never-created-" + UUID.randomUUID();
        try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<String, String>(Map.of(
                "bootstrap.servers", cluster.bootstrapServers(), "max.block.ms", 2000),
                new org.apache.kafka.common.serialization.StringSerializer(),
                new org.apache.kafka.common.serialization.StringSerializer())) {
            producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>(unknown, "k", "v"));
        }
        assertThat(admin.listTopics().names().get()).doesNotContain(unknown);
    }

    private static TopicProvisioner provisioner() {
        return new TopicProvisioner(admin, REPLICATED, Duration.ofSeconds(30));
    }

    /** The topic as every broker knows it: a new topic reaches the brokers' metadata a moment after its creation. */
    private static TopicDescription describe(String topic) {
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> admin.describeTopics(Set.of(topic)).allTopicNames().get().get(topic), java.util.Objects::nonNull);
    }

    private static String minInsyncReplicas(String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return admin.describeConfigs(List.of(resource)).all().get().get(resource)
                .get(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG).value();
    }
}
