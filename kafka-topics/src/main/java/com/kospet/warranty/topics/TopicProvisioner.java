package com.kospet.warranty.topics;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.CreateTopicsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Creates the topics a service uses that do not exist yet, with the configured partitions, replication factor and
 * {@code min.insync.replicas}. A topic that exists is left as it is, whoever made it: one with fewer partitions than
 * configured is reported (adding partitions moves keys to other partitions, which breaks per-claim order for the
 * events already written, so that is an operator's decision), not failed on.
 */
public final class TopicProvisioner {

    /** What one pass found and did. */
    public record Outcome(List<String> created, List<String> existing, List<String> fewerPartitions) {
    }

    private final Admin admin;
    private final TopicSettings settings;
    private final Duration timeout;

    public TopicProvisioner(Admin admin, TopicSettings settings, Duration timeout) {
        this.admin = admin;
        this.settings = settings;
        this.timeout = timeout;
    }

    /**
     * Makes sure every topic of {@code names} exists. Throws when Kafka cannot be asked or refuses a creation (too
     * few brokers for the replication factor, say); a later pass may then succeed.
     */
    public Outcome ensure(Collection<String> names) throws ExecutionException, InterruptedException, TimeoutException {
        Set<String> wanted = new TreeSet<>(names);
        Set<String> present = new TreeSet<>(admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        List<String> created = new ArrayList<>();
        List<String> existing = new ArrayList<>();
        List<NewTopic> missing = wanted.stream().filter(name -> !present.contains(name))
                .map(name -> new NewTopic(name, settings.partitions(), settings.replicationFactor())
                        .configs(Map.of(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, Integer.toString(settings.minInsyncReplicas()))))
                .toList();
        if (!missing.isEmpty()) {
            CreateTopicsResult result = admin.createTopics(missing);
            for (NewTopic topic : missing) {
                try {
                    result.values().get(topic.name()).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                    created.add(topic.name());
                } catch (ExecutionException e) {
                    // Another instance created it between the listing and the creation: it exists, which is the point.
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                    present.add(topic.name());
                }
            }
        }
        List<String> fewer = new ArrayList<>();
        List<String> toDescribe = wanted.stream().filter(present::contains).toList();
        if (!toDescribe.isEmpty()) {
            Map<String, TopicDescription> descriptions = admin.describeTopics(toDescribe).allTopicNames()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            for (TopicDescription description : descriptions.values()) {
                existing.add(description.name());
                if (description.partitions().size() < settings.partitions()) {
                    fewer.add(description.name());
                }
            }
        }
        return new Outcome(List.copyOf(created), List.copyOf(existing), List.copyOf(fewer));
    }
}
