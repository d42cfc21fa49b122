package com.kospet.warranty.testinfra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

import java.util.Map;
import java.util.Optional;

/**
 * A real Kafka broker for a service's tests: one combined broker/controller node in KRaft mode from
 * Kafka's own test kit, or the external broker named by {@code KAFKA_BOOTSTRAP_SERVERS}.
 */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    private static volatile String bootstrapServers;
    private KafkaClusterTestKit cluster;

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
                        .setNumBrokerNodes(1)
                        .setNumControllerNodes(1)
                        .build())
                        .setConfigProp("num.partitions", "3")
                        .setConfigProp("auto.create.topics.enable", "true")
                        .setConfigProp("offsets.topic.replication.factor", "1")
                        .setConfigProp("transaction.state.log.replication.factor", "1")
                        .setConfigProp("transaction.state.log.min.isr", "1")
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
        return Map.of("kafka.bootstrap.servers", bootstrapServers);
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
