package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.kospet.warranty.claims.Fixtures.asService;
import static org.assertj.core.api.Assertions.assertThat;
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

    @Test
    void ofSimultaneousWorryFreeClaimsOnOneUnitNoMoreThanTwoAreStored() throws Exception {
        Fixtures.Customer customer = Fixtures.newCustomer();
        String orderNumber = Fixtures.newOrderNumber();
        asService().body(Fixtures.deliveredOrder(customer, orderNumber, 10)).put("/api/orders/{n}", orderNumber)
                .then().statusCode(201);

        ExecutorService pool = Executors.newFixedThreadPool(5);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Callable<Integer>> submissions = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                submissions.add(() -> open(customer, orderNumber).statusCode());
            }
            for (Future<Integer> status : pool.invokeAll(submissions)) {
                statuses.add(status.get());
            }
        } finally {
            pool.shutdownNow();
        }

        // The losers of a race are told to retry (409) or, once two are stored, refused under WF-3 (422).
        assertThat(statuses).filteredOn(status -> status == 201).hasSizeLessThanOrEqualTo(2).isNotEmpty();
        assertThat(statuses).allMatch(status -> status == 201 || status == 409 || status == 422);
        // Retried one after the other, the losers fill the room left and no more: two tries reach the limit.
        open(customer, orderNumber);
        open(customer, orderNumber);
        List<String> stored = customer.asCustomer().queryParam("type", "WORRY_FREE_REPLACEMENT").get("/api/claims")
                .then().statusCode(200).extract().path("items.orderNumber");
        assertThat(stored).filteredOn(orderNumber::equals).hasSize(2);
    }

    private static io.restassured.response.Response open(Fixtures.Customer customer, String orderNumber) {
        return customer.asCustomer().body(worryFree(orderNumber)).post("/api/claims");
    }

    private static String worryFree(String orderNumber) {
        return Fixtures.claim(orderNumber, "WORRY_FREE_REPLACEMENT", "BROKEN");
    }
}
