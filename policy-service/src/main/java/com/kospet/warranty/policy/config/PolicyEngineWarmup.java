package com.kospet.warranty.policy.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kospet.warranty.model.policy.PolicyAnswer;
import com.kospet.warranty.model.policy.PolicyQuestion;
import com.kospet.warranty.policy.engine.WarrantyPolicy;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.time.LocalDate;

/**
 * Builds the engine at start-up and has it answer one question, through the same JSON reader and writer as the
 * endpoint. Built on the first real question instead, it took seconds on an I/O thread, longer than claims-service
 * waits: the first claim after a restart failed while readiness said UP. Readiness now waits for this.
 */
@Singleton
public class PolicyEngineWarmup {

    private static final Logger LOG = Logger.getLogger(PolicyEngineWarmup.class);

    private final WarrantyPolicy policy;
    private final ObjectMapper json;
    private volatile boolean warm;

    public PolicyEngineWarmup(WarrantyPolicy policy, ObjectMapper json) {
        this.policy = policy;
        this.json = json;
    }

    void onStart(@Observes StartupEvent start) {
        warm();
    }

    /** Answers one question under the earliest version (every version's classes and calendars are the same code). */
    public void warm() {
        long started = System.nanoTime();
        LocalDate ordered = policy.versions().earliest().effectiveFrom();
        String question = """
                {"channel":"OFFICIAL_STORE","orderDate":"%s","shippedDate":"%s","deliveredDate":"%s",
                 "maxEstimatedDeliveryDate":"%s","requestDate":"%s","price":{"amount":"199.00","currency":"USD"},
                 "productModel":"TANK T3","cause":"QUALITY_PROBLEM","mediaCount":1,"priorWorryFreeReplacements":0}
                """.formatted(ordered, ordered.plusDays(1), ordered.plusDays(5), ordered.plusDays(7), ordered.plusDays(10));
        try {
            PolicyAnswer answer = policy.evaluate(json.readValue(question, PolicyQuestion.class));
            json.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the start-up question could not be read or answered", e);
        }
        warm = true;
        LOG.infof("Policy engine built and warmed in %d ms", (System.nanoTime() - started) / 1_000_000);
    }

    public boolean isWarm() {
        return warm;
    }
}
