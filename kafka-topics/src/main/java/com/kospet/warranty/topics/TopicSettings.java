package com.kospet.warranty.topics;

/**
 * How a topic the services create is laid out: its partitions (the most consumers of one group that work at
 * once; records of one key stay on one partition), how many brokers hold a copy of each partition, and how many
 * copies must have a record before a producer with {@code acks=all} hears it was written.
 *
 * <p>A single broker can only hold one copy (1, 1); a cluster of three or more holds three, two of them
 * in sync (3, 2), so one broker may be lost without losing an acknowledged record or refusing writes.
 */
public record TopicSettings(int partitions, short replicationFactor, int minInsyncReplicas) {

    public TopicSettings {
        if (partitions < 1) {
            throw new IllegalArgumentException("a topic needs at least one partition, got " + partitions);
        }
        if (replicationFactor < 1) {
            throw new IllegalArgumentException("a topic needs a replication factor of at least 1, got " + replicationFactor);
        }
        if (minInsyncReplicas < 1 || minInsyncReplicas > replicationFactor) {
            throw new IllegalArgumentException("min.insync.replicas must be between 1 and the replication factor ("
                    + replicationFactor + "), got " + minInsyncReplicas);
        }
    }
}
