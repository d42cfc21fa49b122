package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static com.kospet.warranty.claims.Fixtures.asService;
import static com.kospet.warranty.testinfra.OpenApiContract.given;
import static org.assertj.core.api.Assertions.assertThat;

/** What operations read at /q/metrics about claims the policy refused and claims it opened. */
@QuarkusTest
class ClaimMetricsTest {

    @Test
    void aNotEligibleAttemptIsCountedAsRefusedByRequestType() {
        double refusedBefore = counter("claims_refused_total", "DEFECT_RETURN");
        double submittedBefore = counter("claims_submitted_total", "DEFECT_RETURN");

        // Ordered 40 days ago: the defect-return window (DR-1) has closed.
        attempt(40).then().statusCode(422);
        assertThat(counter("claims_refused_total", "DEFECT_RETURN")).isEqualTo(refusedBefore + 1);
        assertThat(counter("claims_submitted_total", "DEFECT_RETURN")).isEqualTo(submittedBefore);

        attempt(10).then().statusCode(201);
        assertThat(counter("claims_refused_total", "DEFECT_RETURN")).isEqualTo(refusedBefore + 1);
        assertThat(counter("claims_submitted_total", "DEFECT_RETURN")).isEqualTo(submittedBefore + 1);
    }

    private static io.restassured.response.Response attempt(int orderedDaysAgo) {
        Fixtures.Customer customer = Fixtures.newCustomer();
        String orderNumber = Fixtures.newOrderNumber();
        asService().body(Fixtures.deliveredOrder(customer, orderNumber, orderedDaysAgo)).put("/api/orders/{n}", orderNumber)
                .then().statusCode(201);
        return customer.asCustomer().body(Fixtures.claim(orderNumber, "DEFECT_RETURN", "QUALITY_PROBLEM")).post("/api/claims");
    }

    /**
     * The value of a counter for one request type in the Prometheus text; 0 before its first increment. A sample may
     * end in an exemplar ({@code # {trace_id="...",span_id="..."} 1.0}), the trace of its last increment: not the value.
     */
    private static double counter(String name, String type) {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return text.lines()
                .map(line -> line.replaceFirst(" # \\{.*$", ""))
                .filter(line -> line.startsWith(name + "{") && line.contains("type=\"" + type + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
