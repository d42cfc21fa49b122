package com.kospet.warranty.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole system on one machine: real PostgreSQL, real Kafka (one broker or a replicated cluster), a real SMTP server,
 * then policy-, claims- and notification-service as processes, configured through the same
 * environment variables the container deployment sets.
 */
public final class Stack implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    private final StackOptions options;
    private final List<AutoCloseable> started = new ArrayList<>();
    private PostgresServer postgres;
    private KafkaCluster kafka;
    private MailCatcher mail;
    private JwtKeys jwtKeys;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

    private Stack(StackOptions options) {
        this.options = options;
    }

    /** Checks that every fixed port is free, then starts everything and waits until each service is ready. */
    public static Stack start(StackOptions options) throws Exception {
        requireFreePorts(options);
        Stack stack = new Stack(options);
        try {
            stack.startAll();
            return stack;
        } catch (Exception | Error e) {
            stack.close();
            throw e;
        }
    }

    /**
     * Starts PostgreSQL, Kafka and SMTP only, for a caller that runs the services itself (several instances of
     * each, say) with {@link #startInstance}.
     */
    public static Stack startInfrastructure(StackOptions options) throws Exception {
        requireFreePorts(options);
        Stack stack = new Stack(options);
        try {
            stack.startInfrastructure();
            return stack;
        } catch (Exception | Error e) {
            stack.close();
            throw e;
        }
    }

    /** Every fixed port the stack would use that is taken, named by what it is for. */
    public static List<String> takenPorts(StackOptions o) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("PostgreSQL", o.postgresPort());
        for (int i = 0; i < o.kafkaBrokers(); i++) {
            ports.put(o.kafkaBrokers() == 1 ? "Kafka" : "Kafka broker " + (i + 1), o.kafkaPort() == 0 ? 0 : o.kafkaPort() + i);
        }
        ports.put("SMTP", o.smtpPort());
        ports.put("mail web page", o.mailWebPort());
        for (int n = 1; n <= o.claimsInstances(); n++) {
            ports.put(StackOptions.claimsInstance(n), o.claimsPort(n));
        }
        ports.put("policy-service", o.policyPort());
        ports.put("notification-service", o.notificationsPort());
        List<String> taken = new ArrayList<>();
        ports.forEach((what, port) -> {
            if (port > 0 && !Ports.isFree(port)) {
                taken.add("port " + port + " (" + what + ") is already in use");
            }
        });
        return taken;
    }

    private static void requireFreePorts(StackOptions options) {
        List<String> taken = takenPorts(options);
        if (!taken.isEmpty()) {
            throw new PortTakenException(String.join("; ", taken));
        }
    }

    private void startAll() throws Exception {
        startInfrastructure();
        int policyPort = Ports.orAnyFree(options.policyPort());
        startInstance("policy-service", "policy-service", policyPort, Map.of());
        // Evidence files beside the stack's other data, not in the module directory the service runs in; on one
        // machine every claims-service instance reads and writes the same directory.
        for (int n = 1; n <= options.claimsInstances(); n++) {
            startInstance("claims-service", StackOptions.claimsInstance(n), Ports.orAnyFree(options.claimsPort(n)), Map.of(
                    "POLICY_SERVICE_URL", "http://localhost:" + policyPort,
                    "EVIDENCE_PATH", options.workDir().resolve("evidence").toAbsolutePath().toString()));
        }
        startInstance("notification-service", "notification-service", Ports.orAnyFree(options.notificationsPort()), Map.of());
        for (ServiceProcess service : services.values()) {
            service.awaitReady(READY_TIMEOUT);
        }
    }

    private void startInfrastructure() throws Exception {
        Path logs = logs();
        Files.createDirectories(logs);

        postgres = track(PostgresServer.start(options.postgresPort(),
                options.keepData() ? Optional.of(options.workDir().resolve("postgres")) : Optional.empty(),
                logs.resolve("postgres.log")));
        postgres.ensureDatabase(StackOptions.DATABASE);

        kafka = track(KafkaCluster.start(options.kafkaBrokers(), options.kafkaPort(), options.kafkaHome(), logs));
        mail = track(MailCatcher.start(options.smtpPort(), options.mailWebPort()));
        jwtKeys = loadJwtKeys();
    }

    private Path logs() {
        return options.workDir().resolve("logs");
    }

    private JwtKeys loadJwtKeys() throws IOException, GeneralSecurityException {
        if (options.jwtPrivateKeyPem().isPresent() && options.jwtPublicKeyPem().isPresent()) {
            return JwtKeys.of(options.jwtPrivateKeyPem().get(), options.jwtPublicKeyPem().get());
        }
        return JwtKeys.inDirectory(options.workDir().resolve("jwt"));
    }

    /**
     * Starts one instance of a service's module with the {@link #commonEnvironment()} and {@code extraEnv} on top;
     * does not wait for it to be ready. Its log is {@code logs/<instance>.log}; {@link #service} finds it by
     * {@code instance}.
     */
    public ServiceProcess startInstance(String module, String instance, int port, Map<String, String> extraEnv)
            throws IOException {
        Map<String, String> env = new LinkedHashMap<>(commonEnvironment());
        env.putAll(extraEnv);
        ServiceProcess service = ServiceProcess.start(instance, options.repoRoot().resolve(module), port, env,
                logs().resolve(instance + ".log"));
        services.put(instance, track(service));
        return service;
    }

    /** The browser origins a local storefront is served from. */
    public static final String LOCAL_STOREFRONT_ORIGINS = "http://localhost:3000,http://127.0.0.1:3000";

    /** The configuration every service reads, as environment variables (the same names as in docker-compose.yml). */
    public Map<String, String> commonEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DB_URL", postgres.jdbcUrl(StackOptions.DATABASE));
        env.put("DB_USER", PostgresServer.USER);
        env.put("DB_PASSWORD", PostgresServer.PASSWORD);
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        // The services create claims.events and its dead-letter topic with as many copies as the brokers allow.
        env.put("KAFKA_TOPIC_REPLICATION_FACTOR", Integer.toString(kafka.replicationFactor()));
        env.put("KAFKA_TOPIC_MIN_INSYNC_REPLICAS", Integer.toString(kafka.minInsyncReplicas()));
        env.put("SMTP_HOST", "127.0.0.1");
        env.put("SMTP_PORT", Integer.toString(mail.smtpPort()));
        env.put("JWT_PUBLIC_KEY_LOCATION", jwtKeys.publicKeyPem().toAbsolutePath().toString());
        env.put("JWT_ISSUER", JwtKeys.ISSUER);
        // A storefront served locally (a development server on port 3000) may call the APIs from the browser.
        env.put("CORS_ORIGINS", LOCAL_STOREFRONT_ORIGINS);
        return env;
    }

    /** The names of the service instances started, in the order they were. */
    public List<String> serviceNames() {
        return List.copyOf(services.keySet());
    }

    public ServiceProcess service(String name) {
        return services.get(name);
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaCluster kafka() {
        return kafka;
    }

    public MailCatcher mail() {
        return mail;
    }

    public JwtKeys jwtKeys() {
        return jwtKeys;
    }

    private <T extends AutoCloseable> T track(T resource) {
        started.add(resource);
        return resource;
    }

    /** Stops everything in the reverse order of starting: services first, PostgreSQL last. */
    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                System.err.println("while stopping: " + e);
            }
        }
        started.clear();
    }

    public static final class PortTakenException extends IllegalStateException {
        public PortTakenException(String message) {
            super(message);
        }
    }
}
