package com.kospet.warranty.topics;

import com.kospet.warranty.time.Backoff;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Creates the topics the service names in {@code warranty.kafka.topics.names} when the application starts, in the
 * background (see {@link TopicProvisioning}), with the partitions, replication factor and
 * {@code min.insync.replicas} of {@code warranty.kafka.topics.*}.
 */
@ApplicationScoped
public class TopicsAtStartup {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @ConfigProperty(name = "warranty.kafka.topics.names")
    List<String> names;
    @ConfigProperty(name = "warranty.kafka.topics.partitions")
    int partitions;
    @ConfigProperty(name = "warranty.kafka.topics.replication-factor")
    short replicationFactor;
    @ConfigProperty(name = "warranty.kafka.topics.min-insync-replicas")
    int minInsyncReplicas;
    @ConfigProperty(name = "warranty.kafka.topics.client-id")
    String clientId;

    private volatile TopicProvisioning provisioning;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        provisioning = TopicProvisioning.start(bootstrapServers, names,
                new TopicSettings(partitions, replicationFactor, minInsyncReplicas),
                new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30)), clientId);
    }

    /** What provisioning found and did, once it succeeded. */
    public Optional<TopicProvisioner.Outcome> outcome() {
        TopicProvisioning current = provisioning;
        return current == null ? Optional.empty() : current.outcome();
    }

    @PreDestroy
    void stop() {
        if (provisioning != null) {
            provisioning.close();
        }
    }
}
