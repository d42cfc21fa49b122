package com.kospet.warranty.policy.health;

import com.kospet.warranty.policy.config.PolicyEngineWarmup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the engine is built and has answered its start-up question, so the first real one is answered in time. */
@Readiness
@ApplicationScoped
public class PolicyEngineReadiness implements HealthCheck {

    static final String NAME = "policy engine";

    private final PolicyEngineWarmup warmup;

    public PolicyEngineReadiness(PolicyEngineWarmup warmup) {
        this.warmup = warmup;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME).status(warmup.isWarm()).build();
    }
}
