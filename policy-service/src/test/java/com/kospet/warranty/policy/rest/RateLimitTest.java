package com.kospet.warranty.policy.rest;

import com.kospet.warranty.model.problem.ProblemDetail;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static com.kospet.warranty.testinfra.OpenApiContract.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/** The evaluate endpoint under a deliberately low per-client limit: three questions a minute. */
@QuarkusTest
@TestProfile(RateLimitTest.ThreeAMinute.class)
class RateLimitTest {

    public static class ThreeAMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rate-limit.requests", "3", "rate-limit.period", "PT1M", "rate-limit.burst", "3",
                    "rate-limit.exempt", "127.0.0.3");
        }
    }

    @TestHTTPResource("/")
    URI base;

    @Test
    void theQuestionAfterTheLimitIs429WithRetryAfterAndAnotherAddressIsStillAnswered() throws Exception {
        for (int i = 0; i < 3; i++) {
            evaluate().then().statusCode(200);
        }

        evaluate().then().statusCode(429)
                .contentType(ProblemDetail.MEDIA_TYPE)
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("status", equalTo(429))
                .body("type", equalTo("https://warranty.kospet.com/problems/too-many-requests"))
                .body("instance", equalTo("/api/policy/evaluate"));
        // The limit is per endpoint: the service itself still answers this client.
        given().when().get("/api/policy/current").then().statusCode(200);

        assertThat(statusFrom("127.0.0.2")).isEqualTo(200);
    }

    @Test
    void anExemptAddressIsNeverLimited() throws Exception {
        for (int i = 0; i < 6; i++) {
            assertThat(statusFrom("127.0.0.3")).as("question %d", i + 1).isEqualTo(200);
        }
    }

    private static io.restassured.response.Response evaluate() {
        return given().contentType(ContentType.JSON).body(Examples.QUESTION).when().post("/api/policy/evaluate");
    }

    /** One question sent from another loopback address, by hand: the HTTP clients at hand cannot choose theirs. */
    private int statusFrom(String address) throws Exception {
        byte[] body = Examples.QUESTION.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(address, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 5_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/policy/evaluate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }
}
