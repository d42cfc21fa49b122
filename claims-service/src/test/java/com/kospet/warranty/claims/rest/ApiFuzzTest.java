package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.Fixtures;
import com.kospet.warranty.claims.Fixtures.OpenClaim;
import com.kospet.warranty.testinfra.OpenApiContract;
import com.kospet.warranty.testinfra.OpenApiFuzzer;
import com.kospet.warranty.testinfra.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeded fuzz run over every documented operation (see {@link OpenApiFuzzer}): no answer is a 5xx, and every
 * error is Problem Details. {@code -Dfuzz.seed=…} replays a run; {@code -Dfuzz.requests=…} makes it longer.
 */
@QuarkusTest
class ApiFuzzTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void madeUpAndBrokenRequestsToEveryDocumentedOperationGetNo5xxAndOnlyProblemDetailsErrors() {
        OpenClaim claim = Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");
        OpenClaim other = Fixtures.openClaim("WORRY_FREE_REPLACEMENT", "BROKEN");
        String document = OpenApiContract.document();
        OpenApiFuzzer fuzzer = new OpenApiFuzzer(base, document, Long.getLong("fuzz.seed", 20261202L),
                List.of(TestTokens.customer(claim.customer().id(), claim.customer().email()),
                        TestTokens.customer(other.customer().id(), other.customer().email()),
                        TestTokens.staff("agent-fuzz"), TestTokens.service("order-system")),
                Map.of("id", List.of(claim.id(), other.id()),
                        "orderNumber", List.of(claim.orderNumber(), other.orderNumber())));

        List<OpenApiFuzzer.Finding> findings = fuzzer.run(Integer.getInteger("fuzz.requests", 1500));

        assertThat(fuzzer.operations()).isGreaterThan(10);
        assertThat(findings).as("answers no client may get").isEmpty();
    }
}
