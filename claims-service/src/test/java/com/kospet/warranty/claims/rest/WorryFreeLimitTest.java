package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static com.kospet.warranty.claims.Fixtures.asService;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** WF-3: at most two WORRY FREE+ replacements per unit, counted from the claims this service stored. */
@QuarkusTest
class WorryFreeLimitTest {

    @Test
    void aThirdWorryFreeReplacementOfOneUnitIsRefusedWhateverTheRequestSays() {
        Fixtures.Customer customer = Fixtures.newCustomer();
        String orderNumber = Fixtures.newOrderNumber();
        asService().body(Fixtures.deliveredOrder(customer, orderNumber, 10)).put("/api/orders/{n}", orderNumber)
                .then().statusCode(201);

        open(customer, orderNumber).then().statusCode(201);
        open(customer, orderNumber).then().statusCode(201);
        // The caller claims a clean record; the stored claims say two.
        customer.asCustomer().body(worryFree(orderNumber).replace("}\n", ",\"priorWorryFreeReplacements\":0}\n"))
                .post("/api/claims")
                .then().statusCode(422).contentType("application/problem+json")
                .body("requestType", equalTo("WORRY_FREE_REPLACEMENT"))
                .body("reasons.rule", hasItem("WF-3"));
    }

    @Test
    void aWithdrawnWorryFreeClaimDoesNotCountTowardsTheLimit() {
        Fixtures.Customer customer = Fixtures.newCustomer();
        String orderNumber = Fixtures.newOrderNumber();
        asService().body(Fixtures.deliveredOrder(customer, orderNumber, 10)).put("/api/orders/{n}", orderNumber)
                .then().statusCode(201);

        open(customer, orderNumber).then().statusCode(201);
        String withdrawn = open(customer, orderNumber).then().statusCode(201).extract().path("id");
        customer.asCustomer().post("/api/claims/{id}/cancel", withdrawn).then().statusCode(200);

        open(customer, orderNumber).then().statusCode(201).body("decision.status", equalTo("ELIGIBLE"));
        open(customer, orderNumber).then().statusCode(422).body("reasons.rule", hasItem("WF-3"));
    }

    private static io.restassured.response.Response open(Fixtures.Customer customer, String orderNumber) {
        return customer.asCustomer().body(worryFree(orderNumber)).post("/api/claims");
    }

    private static String worryFree(String orderNumber) {
        return Fixtures.claim(orderNumber, "WORRY_FREE_REPLACEMENT", "BROKEN");
    }
}
