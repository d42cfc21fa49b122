package com.kospet.warranty.stack;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where and on which ports the stack runs. A port of 0 means any free one (tests); a data
 * directory keeps PostgreSQL's cluster and Kafka's log between starts. Kafka runs as one broker, or as a
 * replicated cluster of {@code kafkaBrokers} on {@code kafkaPort} and the ports after it. claims-service runs as
 * {@code claimsInstances} processes: the first on {@code claimsPort}, each further one 10 ports above the one before.
 */
public record StackOptions(
        Path repoRoot,
        Path workDir,
        boolean keepData,
        int postgresPort,
        int kafkaPort,
        int kafkaBrokers,
        int smtpPort,
        int mailWebPort,
        int claimsPort,
        int claimsInstances,
        int policyPort,
        int notificationsPort,
        Optional<String> jwtPrivateKeyPem,
        Optional<Path> jwtPublicKeyPem) {

    public static final String DATABASE = "warranty";

    /** The embedded default a person runs: fixed ports, data kept under {@code .local-stack/} of the repo. */
    public static StackOptions localDefaults(Path repoRoot) {
        return new StackOptions(repoRoot, repoRoot.resolve(".local-stack"), true,
                15432, 19092, 1, 2525, 8025, 8081, 1, 8082, 8083, Optional.empty(), Optional.empty());
    }

    /** The same with every fixed port moved by {@code offset} (a benchmark's stack beside one already running). */
    public StackOptions withPortOffset(int offset) {
        return new StackOptions(repoRoot, workDir, keepData, postgresPort + offset, kafkaPort + offset, kafkaBrokers,
                smtpPort + offset,
                mailWebPort + offset, claimsPort + offset, claimsInstances, policyPort + offset, notificationsPort + offset,
                jwtPrivateKeyPem, jwtPublicKeyPem);
    }

    /** The same, with data, logs and the JWT key kept in {@code workDir}. */
    public StackOptions withWorkDir(Path workDir) {
        return new StackOptions(repoRoot, workDir, keepData, postgresPort, kafkaPort, kafkaBrokers, smtpPort, mailWebPort,
                claimsPort, claimsInstances, policyPort, notificationsPort, jwtPrivateKeyPem, jwtPublicKeyPem);
    }

    /** The same, with Kafka as a cluster of {@code brokers} nodes (1 for a single broker). */
    public StackOptions withKafkaBrokers(int brokers) {
        return new StackOptions(repoRoot, workDir, keepData, postgresPort, kafkaPort, brokers, smtpPort, mailWebPort,
                claimsPort, claimsInstances, policyPort, notificationsPort, jwtPrivateKeyPem, jwtPublicKeyPem);
    }

    /** The same, with {@code instances} claims-service processes sharing the database, Kafka and policy-service. */
    public StackOptions withClaimsInstances(int instances) {
        return new StackOptions(repoRoot, workDir, keepData, postgresPort, kafkaPort, kafkaBrokers, smtpPort, mailWebPort,
                claimsPort, instances, policyPort, notificationsPort, jwtPrivateKeyPem, jwtPublicKeyPem);
    }

    /** The port of claims-service instance {@code n} (1 for the first); 0 (any free port) when the first's is 0. */
    public int claimsPort(int n) {
        return claimsPort == 0 ? 0 : claimsPort + 10 * (n - 1);
    }

    /** The name of claims-service instance {@code n}: {@code claims-service}, then {@code claims-service-2}, .... */
    public static String claimsInstance(int n) {
        return n == 1 ? "claims-service" : "claims-service-" + n;
    }

    /**
     * Where Kafka keeps its data: {@code kafka/} for one broker, {@code kafka-<n>/} for a cluster of n, so
     * switching between them starts neither from the other's log.
     */
    public Path kafkaHome() {
        return workDir.resolve(kafkaBrokers == 1 ? "kafka" : "kafka-" + kafkaBrokers);
    }
}
