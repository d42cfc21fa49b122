package com.kospet.warranty.policy.rest;

import com.kospet.warranty.model.problem.ProblemDetail;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.kospet.warranty.testinfra.OpenApiContract.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Hostile requests: bodies, headers and URLs far beyond what a policy question needs are refused early, as
 * Problem Details like every other error, and leave the service answering.
 */
@QuarkusTest
class HttpLimitsTest {

    private static final int KIB = 1024;
    private static final int BODY_LIMIT = 16 * KIB;

    @TestHTTPResource("/api/policy/evaluate")
    URI evaluate;

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void concurrentOversizedBodiesAreEachRefusedWith413AndTheServiceGoesOnAnswering() throws Exception {
        byte[] twoMegabytes = oversizedQuestion(2 * KIB * KIB);
        ExecutorService senders = Executors.newFixedThreadPool(20);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                answers.add(senders.submit(() -> client.send(HttpRequest.newBuilder(evaluate)
                        .timeout(Duration.ofSeconds(20))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(twoMegabytes)).build(),
                        HttpResponse.BodyHandlers.ofString())));
            }
            for (Future<HttpResponse<String>> answer : answers) {
                assertTooLarge(answer.get(30, TimeUnit.SECONDS));
            }
        } finally {
            senders.shutdownNow();
        }

        given().contentType(ContentType.JSON).body(Examples.QUESTION)
                .when().post("/api/policy/evaluate").then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void aChunkedBodyThatPassesTheLimitIsRefusedWith413() throws Exception {
        // No Content-Length: the limit can only be seen once the body passes it.
        byte[] body = oversizedQuestion(256 * KIB);
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(evaluate)
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertTooLarge(answer);
    }

    @Test
    void aQuestionOfExactlyTheLimitIsStillRead() {
        // Whitespace inside the object pads it to the byte: what counts is the size, not what fills it.
        String question = Examples.QUESTION.strip();
        String padded = question.substring(0, question.length() - 1)
                + " ".repeat(BODY_LIMIT - question.getBytes(java.nio.charset.StandardCharsets.UTF_8).length) + "}";
        assertThat(padded.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(BODY_LIMIT);

        given().contentType(ContentType.JSON).body(padded)
                .when().post("/api/policy/evaluate").then().statusCode(200);
        given().contentType(ContentType.JSON).body(padded.substring(0, padded.length() - 1) + " }")
                .when().post("/api/policy/evaluate").then().statusCode(413);
    }

    @Test
    void headersOfAHundredKilobytesAreRefusedWith431ProblemDetails() {
        var request = given().contentType(ContentType.JSON).body(Examples.QUESTION);
        for (int i = 0; i < 10; i++) {
            request = request.header("X-Padding-" + i, "p".repeat(10 * KIB));
        }
        request.when().post("/api/policy/evaluate")
                .then().statusCode(431).contentType(ProblemDetail.MEDIA_TYPE)
                .body("status", equalTo(431))
                .body("type", equalTo("https://warranty.kospet.com/problems/request-headers-too-large"))
                .body("maximum", notNullValue());
    }

    @Test
    void aUrlOfTenThousandCharactersIsRefusedWith414ProblemDetails() {
        given().urlEncodingEnabled(false)
                .when().get("/api/policy/current?q=" + "u".repeat(10_000))
                .then().statusCode(414).contentType(ProblemDetail.MEDIA_TYPE)
                .body("status", equalTo(414))
                .body("type", equalTo("https://warranty.kospet.com/problems/uri-too-long"))
                .body("maximum", notNullValue());
    }

    private static void assertTooLarge(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(ProblemDetail.MEDIA_TYPE));
        JsonPath problem = JsonPath.from(answer.body());
        assertThat(problem.getInt("status")).isEqualTo(413);
        assertThat(problem.getString("type")).isEqualTo("https://warranty.kospet.com/problems/request-too-large");
        assertThat(problem.getInt("maximum")).isEqualTo(BODY_LIMIT);
    }

    /** A question whose order number is padded to the given size: valid JSON, far beyond any real question. */
    private static byte[] oversizedQuestion(int size) {
        char[] padding = new char[size];
        Arrays.fill(padding, 'x');
        return Examples.QUESTION.replace("\"orderNumber\": \"KP-100234\"", "\"orderNumber\": \"" + new String(padding) + "\"")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
