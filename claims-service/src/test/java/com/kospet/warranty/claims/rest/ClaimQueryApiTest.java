package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.Fixtures;
import com.kospet.warranty.claims.Fixtures.OpenClaim;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static com.kospet.warranty.claims.Fixtures.asService;
import static com.kospet.warranty.claims.Fixtures.asStaff;
import static com.kospet.warranty.claims.Fixtures.act;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** The audit trail and the claim list, as customers and staff read them. */
@QuarkusTest
class ClaimQueryApiTest {

    @Test
    void theHistoryShowsWhoMovedTheClaimWhenAndWhyToItsCustomerAndToStaff() {
        OpenClaim claim = Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");
        act(asStaff(), claim, "confirm", null).statusCode(200);
        act(claim.customer().asCustomer(), claim, "cancel", "{\"note\":\"repaired it myself\"}").statusCode(200);

        claim.customer().asCustomer().get("/api/claims/{id}/history", claim.id()).then().statusCode(200)
                .body("action", contains("submit", "confirm", "cancel"))
                .body("role", contains("customer", "staff", "customer"))
                .body("actor", contains(claim.customer().id(), "agent-1", claim.customer().id()))
                .body("fromStatus", contains(null, "AWAITING_CONFIRMATION", "AWAITING_RETURN"))
                .body("toStatus", contains("AWAITING_CONFIRMATION", "AWAITING_RETURN", "CANCELLED"))
                .body("[2].reason", equalTo("repaired it myself"))
                .body("[0].occurredAt", notNullValue());
        asStaff().get("/api/claims/{id}/history", claim.id()).then().statusCode(200).body("$", hasSize(3));
    }

    @Test
    void nobodyElseReadsAClaimsHistory() {
        OpenClaim claim = Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");
        Fixtures.newCustomer().asCustomer().get("/api/claims/{id}/history", claim.id()).then().statusCode(404)
                .contentType("application/problem+json");
        asService().get("/api/claims/{id}/history", claim.id()).then().statusCode(403);
        asStaff().get("/api/claims/{id}/history", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void staffListClaimsNearestDeadlineFirstAPageAtATime() {
        String model = "MODEL-" + UUID.randomUUID();
        OpenClaim settled = Fixtures.openClaim(Fixtures.newCustomer(), "DEFECT_RETURN", "QUALITY_PROBLEM", model);
        act(asStaff(), settled, "reject", "{\"reason\":\"NO_VALID_PROOF_OF_PURCHASE\"}").statusCode(200);
        OpenClaim awaitingReturn = Fixtures.openClaim(Fixtures.newCustomer(), "DEFECT_RETURN", "QUALITY_PROBLEM", model);
        act(asStaff(), awaitingReturn, "confirm", null).statusCode(200);
        OpenClaim awaitingConfirmation = Fixtures.openClaim(Fixtures.newCustomer(), "NO_DEFECT_RETURN", "NONE", model);

        JsonPath first = asStaff().queryParam("model", model).queryParam("limit", 2).get("/api/claims")
                .then().statusCode(200).extract().jsonPath();
        // Confirmation is due within 24 h, the return within 7 working days; the rejected claim waits on nobody.
        assertThat(first.getList("items.id")).containsExactly(awaitingConfirmation.id(), awaitingReturn.id());
        String cursor = first.getString("nextCursor");
        assertThat(cursor).isNotBlank();
        asStaff().queryParam("model", model).queryParam("limit", 2).queryParam("cursor", cursor).get("/api/claims")
                .then().statusCode(200)
                .body("items.id", contains(settled.id()))
                .body("nextCursor", nullValue());
    }

    @Test
    void staffFilterClaimsByStatusTypeModelOverdueAndCreationDay() {
        String model = "MODEL-" + UUID.randomUUID();
        OpenClaim rejected = Fixtures.openClaim(Fixtures.newCustomer(), "DEFECT_RETURN", "QUALITY_PROBLEM", model);
        act(asStaff(), rejected, "reject", "{\"reason\":\"BEYOND_WARRANTY_PERIOD\"}").statusCode(200);
        OpenClaim noDefect = Fixtures.openClaim(Fixtures.newCustomer(), "NO_DEFECT_RETURN", "NONE", model);
        String today = LocalDate.now().toString();

        asStaff().queryParam("model", model).queryParam("status", "REJECTED").get("/api/claims").then().statusCode(200)
                .body("items.id", contains(rejected.id()));
        asStaff().queryParam("model", model.toLowerCase()).queryParam("status", "REJECTED").queryParam("status", "AWAITING_CONFIRMATION")
                .get("/api/claims").then().body("items", hasSize(2));
        asStaff().queryParam("model", model).queryParam("type", "NO_DEFECT_RETURN").get("/api/claims").then()
                .body("items.id", contains(noDefect.id()));
        asStaff().queryParam("model", model).queryParam("overdue", true).get("/api/claims").then().body("items", empty());
        asStaff().queryParam("model", model).queryParam("overdue", false).get("/api/claims").then().body("items", hasSize(2));
        asStaff().queryParam("model", model).queryParam("createdFrom", LocalDate.now().plusDays(1).toString())
                .get("/api/claims").then().body("items", empty());
        asStaff().queryParam("model", model).queryParam("createdFrom", today).queryParam("createdTo", today)
                .get("/api/claims").then().body("items", hasSize(2));
    }

    @Test
    void aCustomerListsOnlyTheirOwnClaims() {
        Fixtures.Customer customer = Fixtures.newCustomer();
        OpenClaim one = Fixtures.openClaim(customer, "DEFECT_RETURN", "QUALITY_PROBLEM", "TANK T3");
        OpenClaim two = Fixtures.openClaim(customer, "NO_DEFECT_RETURN", "NONE", "TANK M3");
        Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");

        List<String> ids = customer.asCustomer().get("/api/claims").then().statusCode(200).extract().jsonPath().getList("items.id");
        assertThat(ids).containsExactlyInAnyOrder(one.id(), two.id());
        Fixtures.newCustomer().asCustomer().get("/api/claims").then().statusCode(200).body("items", empty());
        asService().get("/api/claims").then().statusCode(403);
    }

    @Test
    void aBadFilterIsABadRequestNamingTheParameter() {
        asStaff().queryParam("status", "SHIPPED").get("/api/claims").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("status"));
        asStaff().queryParam("limit", 0).get("/api/claims").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        asStaff().queryParam("cursor", "not-a-cursor").get("/api/claims").then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        asStaff().queryParam("createdFrom", "yesterday").get("/api/claims").then().statusCode(400).body("errors[0].field", equalTo("createdFrom"));
    }
}
