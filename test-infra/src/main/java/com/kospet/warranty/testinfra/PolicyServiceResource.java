package com.kospet.warranty.testinfra;

import com.kospet.warranty.stack.Ports;
import com.kospet.warranty.stack.ServiceProcess;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The real policy-service for a service that asks it: the packaged module started as its own
 * process (the reactor builds policy-service before the modules that test against it), or the
 * external one named by {@code POLICY_SERVICE_URL}. The init argument {@value #EXTRA_CONFIG} names a
 * properties file on the test class path that the started process reads beside its own configuration,
 * such as a policy version only the tests know.
 */
public class PolicyServiceResource implements QuarkusTestResourceLifecycleManager {

    public static final String EXTRA_CONFIG = "extra-config";

    private Optional<String> extraConfig = Optional.empty();
    private ServiceProcess policy;

    @Override
    public void init(Map<String, String> initArgs) {
        extraConfig = Optional.ofNullable(initArgs.get(EXTRA_CONFIG));
    }

    @Override
    public Map<String, String> start() {
        Optional<String> external = ExternalInfra.variable("POLICY_SERVICE_URL");
        if (external.isPresent()) {
            return Map.of("quarkus.rest-client.policy.url", external.get());
        }
        Path module = RepoRoot.find().resolve("policy-service");
        try {
            Path log = Files.createTempFile("policy-service-test", ".log");
            Map<String, String> env = extraConfig.isPresent()
                    ? Map.of("QUARKUS_CONFIG_LOCATIONS", copied(extraConfig.get()).toUri().toString())
                    : Map.of();
            policy = ServiceProcess.start("policy-service", module, Ports.anyFree(), env, log);
            policy.awaitReady(Duration.ofSeconds(90));
        } catch (IOException e) {
            throw new IllegalStateException("policy-service did not start", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while policy-service started", e);
        }
        return Map.of("quarkus.rest-client.policy.url", policy.baseUri().toString());
    }

    /** The class path resource {@code name}, as a file the policy-service process can read. */
    private static Path copied(String name) throws IOException {
        try (InputStream resource = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            if (resource == null) {
                throw new IllegalStateException("no " + name + " on the test class path");
            }
            Path file = Files.createTempFile("policy-service-test", ".properties");
            Files.copy(resource, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        }
    }

    @Override
    public void stop() {
        if (policy != null) {
            policy.close();
        }
    }
}
