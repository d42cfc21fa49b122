package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.Fixtures;
import com.kospet.warranty.claims.Fixtures.Customer;
import com.kospet.warranty.model.problem.ProblemDetail;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.kospet.warranty.claims.Fixtures.claimsOn;
import static com.kospet.warranty.claims.Fixtures.storedOrder;
import static com.kospet.warranty.claims.Fixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

/** The per-customer limits of opening claims and uploading evidence, set deliberately low: two of each an hour. */
@QuarkusTest
@TestProfile(CustomerRateLimitTest.TwoAnHour.class)
class CustomerRateLimitTest {

    public static class TwoAnHour implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rate-limit.submissions.requests", "2", "rate-limit.submissions.period", "PT1H",
                    "rate-limit.submissions.burst", "2",
                    "rate-limit.uploads.requests", "2", "rate-limit.uploads.period", "PT1H", "rate-limit.uploads.burst", "2");
        }
    }

    @Test
    void theClaimAfterTheLimitIs429WithRetryAfterStoresNothingAndAnotherCustomerIsStillServed() {
        Customer busy = Fixtures.newCustomer();
        String[] orders = {storedOrder(busy, 10), storedOrder(busy, 10), storedOrder(busy, 10)};
        submit(busy, orders[0], "SN-1", "DEFECT_RETURN", "QUALITY_PROBLEM").statusCode(201);
        submit(busy, orders[1], "SN-1", "DEFECT_RETURN", "QUALITY_PROBLEM").statusCode(201);

        submit(busy, orders[2], "SN-1", "DEFECT_RETURN", "QUALITY_PROBLEM").statusCode(429)
                .contentType(ProblemDetail.MEDIA_TYPE)
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("status", equalTo(429))
                .body("type", equalTo("https://warranty.kospet.com/problems/too-many-requests"))
                .body("instance", endsWith("/api/claims"));
        assertThat(claimsOn(orders[2], "SN-1")).isZero();
        // The customer may still read what they have; only opening more is held back.
        busy.asCustomer().get("/api/claims").then().statusCode(200).body("items", hasSize(2));

        Customer other = Fixtures.newCustomer();
        submit(other, storedOrder(other, 10), "SN-1", "DEFECT_RETURN", "QUALITY_PROBLEM").statusCode(201);
    }

    @Test
    void theUploadAfterTheLimitIs429AndStoresNothing() {
        Fixtures.OpenClaim claim = Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");
        for (int i = 0; i < 2; i++) {
            upload(claim, png(i)).statusCode(201);
        }

        upload(claim, png(2)).statusCode(429)
                .contentType(ProblemDetail.MEDIA_TYPE)
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("type", equalTo("https://warranty.kospet.com/problems/too-many-requests"));
        claim.customer().asCustomer().get("/api/claims/{id}/evidence", claim.id()).then().statusCode(200).body("$", hasSize(2));
    }

    /** A picture of its own per {@code n}: the same file twice would be stored once. */
    private static byte[] png(int n) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(4, 3, java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x100000 * (n + 1));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static io.restassured.response.ValidatableResponse upload(Fixtures.OpenClaim claim, byte[] png) {
        return com.kospet.warranty.testinfra.OpenApiContract.given()
                .auth().oauth2(com.kospet.warranty.testinfra.TestTokens.customer(claim.customer().id(), claim.customer().email()))
                .multiPart("file", "screen.png", png)
                .post("/api/claims/{id}/evidence", claim.id()).then();
    }
}
