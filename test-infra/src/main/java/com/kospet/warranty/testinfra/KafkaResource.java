package com.kospet.warranty.testinfra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

import java.util.Map;
import java.util.Optional;

/**
 * A real Kafka broker for a service's tests: one combined broker/controller node in KRaft mode from
 * Kafka's own test kit, or the external broker named by {@code KAFKA_BOOTSTRAP_SERVERS}. With the init argument
 * {@value #BROKERS} set to 3, a replicated cluster of three such nodes instead, and the service is configured to
 * create its topics with three copies, two of them in sync for a write. Like a production broker it never creates a
 * topic on first use: the service creates its own.
 */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    /** The init argument naming how many nodes the test cluster has (default 1). */
    public static final String BROKERS = "brokers";

    private static volatile String bootstrapServers;
    private KafkaClusterTestKit cluster;
    private int brokers = 1;

    @Override
    public void init(Map<String, String> initArgs) {
        brokers = Integer.parseInt(initArgs.getOrDefault(BROKERS, "1"));
    }

    /** Where the broker of the running test listens. */
    public static String bootstrapServers() {
        if (bootstrapServers == null) {
            throw new IllegalStateException("no Kafka broker: the test does not use KafkaResource");
        }
        return bootstrapServers;
    }

    @Override
    public Map<String, String> start() {
        Optional<String> external = ExternalInfra.variable("KAFKA_BOOTSTRAP_SERVERS");
        if (external.isPresent()) {
            bootstrapServers = external.get();
        } else {
            try {
                cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                        .setCombined(true)
                        .setNumBrokerNodes(brokers)
                        .setNumControllerNodes(brokers)
                        .build())
                        .setConfigProp("auto.create.topics.enable", "false")
                        .setConfigProp("offsets.topic.replication.factor", Integer.toString(replicationFactor()))
                        .setConfigProp("transaction.state.log.replication.factor", Integer.toString(replicationFactor()))
                        .setConfigProp("transaction.state.log.min.isr", Integer.toString(minInsyncReplicas()))
                        .setConfigProp("group.initial.rebalance.delay.ms", "0")
                        .build();
                cluster.format();
                cluster.startup();
                cluster.waitForReadyBrokers();
            } catch (Exception e) {
                throw new IllegalStateException("the Kafka test broker did not start", e);
            }
            bootstrapServers = cluster.bootstrapServers();
        }
        return Map.of("kafka.bootstrap.servers", bootstrapServers,
                "warranty.kafka.topics.replication-factor", Integer.toString(replicationFactor()),
                "warranty.kafka.topics.min-insync-replicas", Integer.toString(minInsyncReplicas()));
    }

    private int replicationFactor() {
        return Math.min(3, brokers);
    }

    private int minInsyncReplicas() {
        return brokers >= 3 ? 2 : 1;
    }

    @Override
    public void stop() {
        if (cluster != null) {
            try {
                cluster.close();
            } catch (Exception e) {
                throw new IllegalStateException("the Kafka test broker did not stop", e);
            }
        }
        bootstrapServers = null;
    }
}
