package com.kospet.warranty.testinfra;

import com.kospet.warranty.stack.KafkaCluster;
import com.kospet.warranty.stack.Ports;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real Kafka broker that a test can stop and start again, for outages: the local stack's broker
 * process (KRaft, one node), always on the same port and with the same log directory, so clients
 * reconnect to it and it comes back with every record it had. Not replaced by an external broker:
 * a test cannot stop that one.
 */
public class RestartableKafkaResource implements QuarkusTestResourceLifecycleManager {

    private static int port;
    private static Path home;
    private static KafkaCluster broker;

    /** Where the broker listens, whether it runs now or not. */
    public static synchronized String bootstrapServers() {
        if (home == null) {
            throw new IllegalStateException("no restartable Kafka broker: the test does not use RestartableKafkaResource");
        }
        return "localhost:" + port;
    }

    /** Stops the broker as an outage would (its clients see connections refused), keeping its data. */
    public static synchronized void stopBroker() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }

    /** Starts the broker again on its port with its data; returns once the port accepts connections. */
    public static synchronized void startBroker() {
        if (broker != null) {
            return;
        }
        try {
            broker = KafkaCluster.start(1, port, home, home);
        } catch (IOException e) {
            throw new IllegalStateException("the Kafka broker did not start; see " + home.resolve("kafka.log"), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the Kafka broker started", e);
        }
    }

    @Override
    public Map<String, String> start() {
        synchronized (RestartableKafkaResource.class) {
            try {
                home = Files.createTempDirectory("restartable-kafka");
            } catch (IOException e) {
                throw new IllegalStateException("no directory for the Kafka broker", e);
            }
            port = Ports.anyFree();
        }
        startBroker();
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }

    @Override
    public void stop() {
        stopBroker();
        synchronized (RestartableKafkaResource.class) {
            try (var files = Files.walk(home)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new IllegalStateException("the Kafka broker's directory could not be removed: " + home, e);
            }
        }
    }
}
