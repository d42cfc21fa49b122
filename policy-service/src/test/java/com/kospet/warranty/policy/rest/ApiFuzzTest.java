package com.kospet.warranty.policy.rest;

import com.kospet.warranty.testinfra.OpenApiContract;
import com.kospet.warranty.testinfra.OpenApiFuzzer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeded fuzz run over every documented operation: no answer is a 5xx, and every error is Problem Details.
 * {@code -Dfuzz.seed=…} replays a run; {@code -Dfuzz.requests=…} makes it longer.
 */
@QuarkusTest
class ApiFuzzTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void madeUpAndBrokenQuestionsGetNo5xxAndOnlyProblemDetailsErrors() {
        String document = OpenApiContract.document();
        OpenApiFuzzer fuzzer = new OpenApiFuzzer(base, document, Long.getLong("fuzz.seed", 20261202L), List.of(), Map.of());

        List<OpenApiFuzzer.Finding> findings = fuzzer.run(Integer.getInteger("fuzz.requests", 1500));

        assertThat(fuzzer.operations()).isGreaterThanOrEqualTo(2);
        assertThat(findings).as("answers no client may get").isEmpty();
    }
}
