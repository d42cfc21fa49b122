package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.Fixtures;
import com.kospet.warranty.testinfra.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JSON body is read whole into memory, so it has a small limit of its own (64 KiB in every profile); evidence
 * uploads are written to disk as they arrive and keep the larger request limit (1 MiB in the test profile).
 */
@QuarkusTest
class RequestBodyLimitTest {

    private static final int KIB = 1024;

    @TestHTTPResource("/api/claims")
    URI claims;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void concurrentJsonBodiesOverTheLimitAreEachRefusedWith413ProblemDetailsAndTheServiceStaysUp() {
        // 8 × 4 MiB: over every limit; 8 × 512 KiB: under the upload limit, over the one of JSON.
        List<CompletableFuture<HttpResponse<String>>> answers = IntStream.range(0, 16)
                .mapToObj(i -> post(HttpRequest.BodyPublishers.ofByteArray(claimWithDescriptionOf(i < 8 ? 4096 * KIB : 512 * KIB))))
                .toList();

        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.orTimeout(60, java.util.concurrent.TimeUnit.SECONDS).join();
            assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body()).contains("\"status\":413").contains("request-too-large");
        }
        Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");
    }

    @jakarta.inject.Inject
    io.vertx.core.Vertx vertx;

    @Test
    void aJsonBodyOverTheLimitOverCleartextHttp2IsRefusedWith413ProblemDetailsAndTheConnectionServesOn() throws Exception {
        Fixtures.Customer customer = Fixtures.newCustomer();
        String order = Fixtures.storedOrder(customer, 10);
        java.util.Map<String, String> headers = java.util.Map.of("Content-Type", "application/json",
                "Authorization", "Bearer " + TestTokens.customer(customer.id(), customer.email()));
        try (com.kospet.warranty.testinfra.CleartextHttp2 client = new com.kospet.warranty.testinfra.CleartextHttp2(vertx)) {
            com.kospet.warranty.testinfra.CleartextHttp2.Answer refused = client.post(claims, headers, claimWithDescriptionOf(512 * KIB));

            assertThat(refused.version()).isEqualTo(io.vertx.core.http.HttpVersion.HTTP_2);
            assertThat(refused.status()).as(refused.body()).isEqualTo(413);
            assertThat(refused.contentType()).isEqualTo("application/problem+json");
            assertThat(refused.body()).contains("request-too-large");

            com.kospet.warranty.testinfra.CleartextHttp2.Answer opened = client.post(claims, headers,
                    Fixtures.claim(order, "DEFECT_RETURN", "QUALITY_PROBLEM").getBytes(StandardCharsets.UTF_8));
            assertThat(opened.version()).isEqualTo(io.vertx.core.http.HttpVersion.HTTP_2);
            assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        }
    }

    @Test
    void aChunkedJsonBodyOverTheLimitIsRefusedWith413ProblemDetails() {
        byte[] body = claimWithDescriptionOf(256 * KIB);
        // A body of unknown length goes out chunked, without Content-Length.
        HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofInputStream(() -> chunks(body)))
                .orTimeout(60, java.util.concurrent.TimeUnit.SECONDS).join();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");
    }

    private CompletableFuture<HttpResponse<String>> post(HttpRequest.BodyPublisher body) {
        HttpRequest request = HttpRequest.newBuilder(claims).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + TestTokens.customer("c-big", "big@example.com"))
                .header("Content-Type", "application/json")
                .POST(body).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    private static InputStream chunks(byte[] body) {
        return new SequenceInputStream(java.util.Collections.enumeration(List.of(
                new ByteArrayInputStream(body, 0, body.length / 2),
                new ByteArrayInputStream(body, body.length / 2, body.length - body.length / 2))));
    }

    private static byte[] claimWithDescriptionOf(int size) {
        char[] text = new char[size];
        Arrays.fill(text, 'a');
        return ("{\"orderNumber\":\"KP-1\",\"unitId\":\"SN-1\",\"requestType\":\"DEFECT_RETURN\",\"cause\":\"QUALITY_PROBLEM\","
                + "\"description\":\"" + new String(text) + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}
