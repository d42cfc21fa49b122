package com.kospet.warranty.testinfra;

import com.kospet.warranty.stack.Ports;
import com.kospet.warranty.stack.ServiceProcess;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The real policy-service for a service that asks it: the packaged module started as its own
 * process (the reactor builds policy-service before the modules that test against it), or the
 * external one named by {@code POLICY_SERVICE_URL}.
 */
public class PolicyServiceResource implements QuarkusTestResourceLifecycleManager {

    private ServiceProcess policy;

    @Override
    public Map<String, String> start() {
        Optional<String> external = ExternalInfra.variable("POLICY_SERVICE_URL");
        if (external.isPresent()) {
            return Map.of("quarkus.rest-client.policy.url", external.get());
        }
        Path module = RepoRoot.find().resolve("policy-service");
        try {
            Path log = Files.createTempFile("policy-service-test", ".log");
            policy = ServiceProcess.start("policy-service", module, Ports.anyFree(), Map.of(), log);
            policy.awaitReady(Duration.ofSeconds(90));
        } catch (IOException e) {
            throw new IllegalStateException("policy-service did not start", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while policy-service started", e);
        }
        return Map.of("quarkus.rest-client.policy.url", policy.baseUri().toString());
    }

    @Override
    public void stop() {
        if (policy != null) {
            policy.close();
        }
    }
}
