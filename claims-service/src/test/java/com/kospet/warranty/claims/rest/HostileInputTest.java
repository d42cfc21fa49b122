package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.Fixtures;
import com.kospet.warranty.claims.Fixtures.Customer;
import com.kospet.warranty.claims.Fixtures.OpenClaim;
import com.kospet.warranty.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static com.kospet.warranty.claims.Fixtures.asService;
import static com.kospet.warranty.claims.Fixtures.asStaff;
import static com.kospet.warranty.claims.Fixtures.act;
import static com.kospet.warranty.testinfra.OpenApiContract.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * What a careless or hostile client can send that is not a valid request: every one is a 4xx Problem Details
 * naming what is wrong, never a 500.
 */
@QuarkusTest
class HostileInputTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String NUL = "\\u0000";

    private static ValidatableResponse badRequestNaming(ValidatableResponse response, String field) {
        return response.statusCode(400).contentType(PROBLEM).body("status", equalTo(400))
                .body("errors.field", hasItem(field));
    }

    @Test
    void aNulCharacterInAClaimsTextIsRefusedNamingTheField() {
        Customer customer = Fixtures.newCustomer();
        String order = Fixtures.newOrderNumber();
        asService().body(Fixtures.deliveredOrder(customer, order, 10)).put("/api/orders/{n}", order).then().statusCode(201);
        String claim = Fixtures.claim(order, "DEFECT_RETURN", "QUALITY_PROBLEM");

        badRequestNaming(customer.asCustomer().body(claim.replace("after charging.", "after" + NUL + "charging."))
                .post("/api/claims").then(), "description");
        badRequestNaming(customer.asCustomer().body(claim.replace("Ada Lovelace", "Ada" + NUL))
                .post("/api/claims").then(), "contact.name");
        badRequestNaming(customer.asCustomer().body(claim.replace("\"mediaCount\"",
                        "\"purchaseLink\":\"https://store.example/" + NUL + "\",\"mediaCount\""))
                .post("/api/claims").then(), "purchaseLink");
    }

    @Test
    void aNulCharacterInAnOrdersTextIsRefusedNamingTheField() {
        Customer customer = Fixtures.newCustomer();
        String order = Fixtures.newOrderNumber();
        String facts = Fixtures.deliveredOrder(customer, order, 10);
        badRequestNaming(asService().body(facts.replace("\"customerId\":\"" + customer.id(), "\"customerId\":\"" + customer.id() + NUL))
                .put("/api/orders/{n}", order).then(), "customerId");
        badRequestNaming(asService().body(facts.replace("TANK T3", "TANK" + NUL))
                .put("/api/orders/{n}", order).then(), "items[0].productModel");
    }

    @Test
    void aNulCharacterInAnActionNoteIsRefusedNamingTheField() {
        OpenClaim claim = Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");
        badRequestNaming(act(asStaff(), claim, "reject", "{\"reason\":\"OTHER\",\"note\":\"no" + NUL + "\"}"), "note");
        badRequestNaming(act(claim.customer().asCustomer(), claim, "cancel", "{\"note\":\"" + NUL + "\"}"), "note");
    }

    @Test
    void aNulCharacterInAPathOrQueryParameterIsRefusedNamingTheParameter() {
        badRequestNaming(asService().get("/api/orders/{n}", "KP-1\u0000").then(), "orderNumber");
        badRequestNaming(asStaff().queryParam("model", "TANK\u0000").get("/api/claims").then(), "model");
        badRequestNaming(asStaff().queryParam("cursor", "\u0000").get("/api/claims").then(), "cursor");
    }

    @Test
    void aDayOutsideTheCalendarThePastAndFutureOfClaimsCanHoldIsRefusedNamingTheParameter() {
        badRequestNaming(asStaff().queryParam("createdFrom", "-999999999-01-01").get("/api/claims").then(), "createdFrom");
        badRequestNaming(asStaff().queryParam("createdTo", "+999999999-12-31").get("/api/claims").then(), "createdTo");
        asStaff().queryParam("createdFrom", "2001-01-01").queryParam("createdTo", "2999-12-31").get("/api/claims")
                .then().statusCode(200);
    }

    @Test
    void aLimitOrOverdueFlagThatIsNoValueOfItsTypeIsRefusedNamingTheParameter() {
        badRequestNaming(asStaff().queryParam("limit", "abc").get("/api/claims").then(), "limit");
        badRequestNaming(asStaff().queryParam("overdue", "maybe").get("/api/claims").then(), "overdue");
        asStaff().queryParam("overdue", "FALSE").queryParam("limit", "5").get("/api/claims").then().statusCode(200);
    }

    @Test
    void textAfterTheJsonBodyIsRefused() {
        Customer customer = Fixtures.newCustomer();
        String order = Fixtures.newOrderNumber();
        asService().body(Fixtures.deliveredOrder(customer, order, 10)).put("/api/orders/{n}", order).then().statusCode(201);
        customer.asCustomer().body(Fixtures.claim(order, "DEFECT_RETURN", "QUALITY_PROBLEM").strip() + "}}}")
                .post("/api/claims").then().statusCode(400).contentType(PROBLEM);
        customer.asCustomer().get("/api/claims").then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void aFractionWhereAWholeNumberBelongsIsRefusedNamingTheField() {
        Customer customer = Fixtures.newCustomer();
        String order = Fixtures.newOrderNumber();
        asService().body(Fixtures.deliveredOrder(customer, order, 10)).put("/api/orders/{n}", order).then().statusCode(201);
        badRequestNaming(customer.asCustomer().body(Fixtures.claim(order, "DEFECT_RETURN", "QUALITY_PROBLEM")
                .replace("\"mediaCount\":2", "\"mediaCount\":2.5")).post("/api/claims").then(), "mediaCount");
    }

    @Test
    void aMultipartUploadCutOffBeforeItsEndIsABadRequest() {
        OpenClaim claim = Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");
        String truncated = "--cut\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n\u0089PNG\r\n\u001a\n0000000000";
        given().auth().oauth2(TestTokens.customer(claim.customer().id(), claim.customer().email()))
                .contentType("multipart/form-data; boundary=cut").body(truncated.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                .post("/api/claims/{id}/evidence", claim.id())
                .then().statusCode(400).contentType(PROBLEM).body("status", equalTo(400));
        claim.customer().asCustomer().get("/api/claims/{id}/evidence", claim.id()).then().statusCode(200)
                .body("$", org.hamcrest.Matchers.empty());
    }

    @Test
    void aHeaderOfAHundredKilobytesIsRefusedWithProblemDetails() {
        asStaff().header("X-Padding", "a".repeat(100_000)).get("/api/claims")
                .then().statusCode(431).contentType(PROBLEM).body("status", equalTo(431));
        asStaff().get("/api/claims").then().statusCode(200);
    }

    @Test
    void aUrlOfTenThousandCharactersIsRefusedWithProblemDetails() {
        asStaff().get("/api/orders/" + "a".repeat(10_000))
                .then().statusCode(414).contentType(PROBLEM).body("status", equalTo(414));
        asStaff().get("/api/claims").then().statusCode(200).contentType(not(PROBLEM));
    }
}
