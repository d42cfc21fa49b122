package com.kospet.warranty.claims.rest;

import com.kospet.warranty.testinfra.S3Resource;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/** The service with its evidence in an S3 bucket (a real S3 API server) instead of a local directory. */
public class S3EvidenceProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("claims.evidence.store", "s3");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(S3Resource.class, Map.of(S3Resource.PREFIX_ARG, "claims.evidence.s3")));
    }
}
