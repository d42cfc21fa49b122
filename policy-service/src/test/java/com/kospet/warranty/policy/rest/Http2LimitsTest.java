package com.kospet.warranty.policy.rest;

import com.kospet.warranty.model.problem.ProblemDetail;
import com.kospet.warranty.testinfra.CleartextHttp2;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpVersion;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same limits over cleartext HTTP/2 (h2c with prior knowledge), which a client may speak to the port without
 * asking: a body past the limit is refused with 413 Problem Details there too, and the connection serves on.
 */
@QuarkusTest
class Http2LimitsTest {

    @Inject
    Vertx vertx;

    @TestHTTPResource("/api/policy/evaluate")
    URI evaluate;

    @Test
    void anOversizedBodyOverCleartextHttp2IsRefusedWith413ProblemDetailsAndTheConnectionServesOn() throws Exception {
        try (CleartextHttp2 client = new CleartextHttp2(vertx)) {
            String padding = "x".repeat(2 * 1024 * 1024);
            CleartextHttp2.Answer refused = client.post(evaluate, Map.of("Content-Type", "application/json"),
                    Examples.QUESTION.replace("\"orderNumber\": \"KP-100234\"", "\"orderNumber\": \"" + padding + "\"")
                            .getBytes(StandardCharsets.UTF_8));

            assertThat(refused.version()).isEqualTo(HttpVersion.HTTP_2);
            assertThat(refused.status()).isEqualTo(413);
            assertThat(refused.contentType()).startsWith(ProblemDetail.MEDIA_TYPE);
            assertThat(JsonPath.from(refused.body()).getString("type"))
                    .isEqualTo("https://warranty.kospet.com/problems/request-too-large");

            CleartextHttp2.Answer answered = client.post(evaluate, Map.of("Content-Type", "application/json"),
                    Examples.QUESTION.getBytes(StandardCharsets.UTF_8));
            assertThat(answered.version()).isEqualTo(HttpVersion.HTTP_2);
            assertThat(answered.status()).isEqualTo(200);
        }
    }
}
