package com.kospet.warranty.policy.health;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.kospet.warranty.policy.config.PolicyEngineWarmup;
import com.kospet.warranty.policy.engine.WarrantyPolicy;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static com.kospet.warranty.testinfra.OpenApiContract.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.eclipse.microprofile.health.HealthCheckResponse.Status.DOWN;
import static org.eclipse.microprofile.health.HealthCheckResponse.Status.UP;

/** Ready means the engine is built and has answered once: the first real question is not the one that builds it. */
@QuarkusTest
class PolicyEngineReadinessTest {

    @Inject
    PolicyEngineWarmup warmup;

    @Inject
    WarrantyPolicy policy;

    @Inject
    ObjectMapper json;

    @Test
    void theEngineIsBuiltAndHasAnsweredOnceBeforeTheServiceIsReady() {
        // Only start-up warms the engine; the questions of other tests do not count.
        assertThat(warmup.isWarm()).isTrue();

        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(PolicyEngineReadiness.NAME));
    }

    @Test
    void readinessIsDownUntilTheEngineHasAnsweredItsFirstQuestion() {
        PolicyEngineWarmup fresh = new PolicyEngineWarmup(policy, json);
        PolicyEngineReadiness readiness = new PolicyEngineReadiness(fresh);

        assertThat(readiness.call().getStatus()).isEqualTo(DOWN);
        fresh.warm();
        assertThat(readiness.call().getStatus()).isEqualTo(UP);
    }
}
