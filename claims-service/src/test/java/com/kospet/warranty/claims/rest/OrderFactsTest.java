package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static com.kospet.warranty.claims.Fixtures.asService;
import static org.hamcrest.Matchers.equalTo;

/** The policy decides on the order's facts as the order system reported them, never as a customer tells them. */
@QuarkusTest
class OrderFactsTest {

    @Test
    void theOrderSystemUpdatesAnOrdersFactsAndAClaimKeepsTheDecisionItWasOpenedOn() {
        Fixtures.Customer customer = Fixtures.newCustomer();
        String orderNumber = Fixtures.newOrderNumber();
        asService().body(Fixtures.unshippedOrder(customer, orderNumber, 3)).put("/api/orders/{n}", orderNumber)
                .then().statusCode(201).body("shippedDate", equalTo(null));
        String id = customer.asCustomer().body(Fixtures.claim(orderNumber, "CANCEL", "NONE"))
                .post("/api/claims").then().statusCode(201)
                .body("decision.status", equalTo("ELIGIBLE"))
                .extract().path("id");
        String deadline = customer.asCustomer().get("/api/claims/{id}", id).then().extract().path("decision.option.deadline");

        // The parcel leaves and arrives: the order system says so.
        String shipped = Fixtures.deliveredOrder(customer, orderNumber, 3);
        asService().body(shipped).put("/api/orders/{n}", orderNumber).then().statusCode(200)
                .body("shippedDate", equalTo(LocalDate.now().minusDays(1).toString()));

        customer.asCustomer().get("/api/claims/{id}", id).then().statusCode(200)
                .body("requestType", equalTo("CANCEL"))
                .body("decision.status", equalTo("ELIGIBLE"))
                .body("decision.option.deadline", equalTo(deadline));
    }

    @Test
    void aClaimCannotMoveItsOrdersDate() {
        Fixtures.Customer customer = Fixtures.newCustomer();
        String orderNumber = Fixtures.newOrderNumber();
        // Ordered 40 days ago: the defect-return window (DR-1) is closed.
        asService().body(Fixtures.deliveredOrder(customer, orderNumber, 40)).put("/api/orders/{n}", orderNumber)
                .then().statusCode(201);

        // A claim that claims a recent order date and delivery is still decided on the stored facts, or refused.
        customer.asCustomer().body("""
                        {"orderNumber":"%s","unitId":"SN-1","requestType":"DEFECT_RETURN","cause":"QUALITY_PROBLEM",
                         "description":"Stops charging.","mediaCount":1,"contact":{"name":"Ada","locale":"en"},
                         "orderDate":"%s","deliveredDate":"%s","channel":"OFFICIAL_STORE"}
                        """.formatted(orderNumber, LocalDate.now().minusDays(2), LocalDate.now().minusDays(1)))
                .post("/api/claims")
                .then().statusCode(422)
                .body("trace[0].rule", equalTo("DR-1"));
        asService().get("/api/orders/{n}", orderNumber).then().statusCode(200)
                .body("orderDate", equalTo(LocalDate.now().minusDays(40).toString()));
    }
}
