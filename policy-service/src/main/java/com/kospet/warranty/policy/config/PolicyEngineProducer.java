package com.kospet.warranty.policy.config;

import com.kospet.warranty.policy.engine.PolicyVersions;
import com.kospet.warranty.policy.engine.WarrantyPolicy;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Year;

/** Builds the plain-Java engine once from configuration; the REST layer only calls it. */
public class PolicyEngineProducer {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    PolicyVersions policyVersions(PolicyConfig config, Clock clock) {
        return new PolicyParametersFactory(Year.now(clock)).versions(config);
    }

    @Produces
    @Singleton
    WarrantyPolicy warrantyPolicy(PolicyVersions versions, Clock clock) {
        return new WarrantyPolicy(versions, clock);
    }
}
