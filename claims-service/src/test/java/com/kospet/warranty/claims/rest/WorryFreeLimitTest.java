package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.Fixtures;
import com.kospet.warranty.claims.Fixtures.OpenClaim;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.kospet.warranty.claims.Fixtures.act;
import static com.kospet.warranty.claims.Fixtures.claimsOn;
import static com.kospet.warranty.claims.Fixtures.concurrently;
import static com.kospet.warranty.claims.Fixtures.storedOrder;
import static com.kospet.warranty.claims.Fixtures.submit;
import static com.kospet.warranty.claims.rest.UnitsAndRemediesTest.worryFreeReplaced;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * WF-3: at most two WORRY FREE+ replacements per purchased unit, counted from the claims this service stored
 * over the unit and every unit that replaced it (UN-3).
 */
@QuarkusTest
class WorryFreeLimitTest {

    @Test
    void aThirdWorryFreeReplacementOfOneUnitIsRefusedWhateverTheRequestSays() {
        Fixtures.Customer customer = Fixtures.newCustomer();
        String orderNumber = storedOrder(customer, 10);
        String second = worryFreeReplaced(customer, orderNumber, "SN-1");
        String third = worryFreeReplaced(customer, orderNumber, second);

        // The caller claims a clean record; the stored claims say two.
        customer.asCustomer().body(Fixtures.claim(orderNumber, "WORRY_FREE_REPLACEMENT", "BROKEN")
                        .replace("\"SN-1\"", "\"" + third + "\"")
                        .replace("}\n", ",\"priorWorryFreeReplacements\":0}\n"))
                .post("/api/claims")
                .then().statusCode(422).contentType("application/problem+json")
                .body("requestType", equalTo("WORRY_FREE_REPLACEMENT"))
                .body("trace.rule", contains("WF-1", "WF-2", "WF-3"))
                .body("trace.outcome", contains("PASSED", "PASSED", "FAILED"));
    }

    @Test
    void aWithdrawnWorryFreeClaimDoesNotCountTowardsTheLimit() {
        Fixtures.Customer customer = Fixtures.newCustomer();
        String orderNumber = storedOrder(customer, 10);
        String second = worryFreeReplaced(customer, orderNumber, "SN-1");
        String withdrawn = submit(customer, orderNumber, second, "WORRY_FREE_REPLACEMENT", "BROKEN").statusCode(201)
                .extract().path("id");
        act(customer.asCustomer(), new OpenClaim(withdrawn, customer, orderNumber), "cancel", null).statusCode(200);

        String third = worryFreeReplaced(customer, orderNumber, second);
        submit(customer, orderNumber, third, "WORRY_FREE_REPLACEMENT", "BROKEN")
                .statusCode(422).body("trace.rule", hasItem("WF-3"));
    }

    @Test
    void ofSimultaneousWorryFreeClaimsOnOneUnitExactlyOneIsStored() throws Exception {
        Fixtures.Customer customer = Fixtures.newCustomer();
        String orderNumber = storedOrder(customer, 10);

        List<Integer> statuses = concurrently(5,
                () -> submit(customer, orderNumber, "SN-1", "WORRY_FREE_REPLACEMENT", "BROKEN").extract().statusCode());

        // The losers find the winner's claim open on the unit (UN-1).
        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(4);
        assertThat(claimsOn(orderNumber, "SN-1")).isEqualTo(1);
    }
}
