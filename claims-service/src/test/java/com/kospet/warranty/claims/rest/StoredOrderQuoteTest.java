package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.Fixtures;
import com.kospet.warranty.claims.Fixtures.Customer;
import com.kospet.warranty.claims.Fixtures.OpenClaim;
import com.kospet.warranty.claims.config.MovableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

import static com.kospet.warranty.claims.Fixtures.asStaff;
import static com.kospet.warranty.claims.Fixtures.act;
import static com.kospet.warranty.claims.rest.UnitsAndRemediesTest.shipReplacement;
import static com.kospet.warranty.claims.Fixtures.storedOrder;
import static com.kospet.warranty.claims.Fixtures.submit;
import static com.kospet.warranty.claims.rest.UnitsAndRemediesTest.walkToApproved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** {@code GET /api/orders/{n}/options}: per unit, the decision a claim opened the same day would get. */
@QuarkusTest
class StoredOrderQuoteTest {

    @Inject
    MovableClock clock;

    @Test
    void theQuoteOfAStoredOrderIsTheDecisionAClaimOpenedThatDayGets() {
        Customer customer = Fixtures.newCustomer();
        String orderNumber = storedOrder(customer, 10);

        JsonPath quote = customer.asCustomer().get("/api/orders/{n}/options", orderNumber).then().statusCode(200)
                .body("orderNumber", equalTo(orderNumber))
                .body("units", hasSize(1))
                .body("units[0].unitId", equalTo("SN-1"))
                .body("units[0].state", equalTo("IN_SERVICE"))
                .body("units[0].openClaimId", nullValue())
                .body("units[0].options", hasSize(5))
                .extract().jsonPath();
        String option = "units[0].options.find { it.type == 'DEFECT_RETURN' }";

        JsonPath claim = submit(customer, orderNumber, "SN-1", "DEFECT_RETURN", "QUALITY_PROBLEM").statusCode(201)
                .extract().jsonPath();
        assertThat(claim.getString("decision.status")).isEqualTo(quote.getString(option + ".status"));
        assertThat(claim.getString("decision.option.deadline")).isEqualTo(quote.getString(option + ".deadline"));
        assertThat(claim.getString("decision.option.money.refund.amount")).isEqualTo(quote.getString(option + ".money.refund.amount"));
        assertThat(claim.getList("decision.option.trace.rule")).isEqualTo(quote.getList(option + ".trace.rule"));
    }

    @Test
    void aUnitWithAnOpenClaimIsQuotedNotEligibleUnderUn1NamingTheClaimToItsCustomerAndStaff() {
        OpenClaim open = Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");

        open.customer().asCustomer().get("/api/orders/{n}/options", open.orderNumber()).then().statusCode(200)
                .body("units[0].state", equalTo("CLAIM_OPEN"))
                .body("units[0].openClaimId", equalTo(open.id()))
                .body("units[0].options.status", everyItem(equalTo("NOT_ELIGIBLE")))
                .body("units[0].options.collect { it.trace[0].rule }", everyItem(equalTo("UN-1")));
        asStaff().get("/api/orders/{n}/options", open.orderNumber()).then().statusCode(200)
                .body("units[0].openClaimId", equalTo(open.id()));
        Fixtures.asService().get("/api/orders/{n}/options", open.orderNumber()).then().statusCode(403);
    }

    @Test
    void aRefundedUnitIsQuotedNotEligibleUnderUn2() {
        OpenClaim refunded = walkToApproved(Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM"));
        act(asStaff(), refunded, "refund", null).statusCode(200);
        act(asStaff(), refunded, "close", null).statusCode(200);

        refunded.customer().asCustomer().get("/api/orders/{n}/options", refunded.orderNumber()).then().statusCode(200)
                .body("units[0].state", equalTo("REFUNDED"))
                .body("units[0].openClaimId", nullValue())
                .body("units[0].options.status", everyItem(equalTo("NOT_ELIGIBLE")))
                .body("units[0].options.collect { it.trace[0].rule }", everyItem(equalTo("UN-2")));
    }

    @Test
    void aReplacementUnitIsCoveredUntilTwoYearsAfterTheOriginalOrderDateAndNotADayLonger() {
        // Ordered 700 days ago: the replacement shipped now is still covered only until the original date + 2 years.
        Customer customer = Fixtures.newCustomer();
        String orderNumber = storedOrder(customer, 700);
        LocalDate ordered = LocalDate.now(ZoneOffset.UTC).minusDays(700);
        String id = submit(customer, orderNumber, "SN-1", "DEFECT_REPLACEMENT", "QUALITY_PROBLEM").statusCode(201)
                .extract().path("id");
        String newUnit = shipReplacement(walkToApproved(new OpenClaim(id, customer, orderNumber)));

        LocalDate deadline = ordered.plusYears(2);
        clock.setTo(deadline.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC));
        customer.asCustomer().queryParam("mediaCount", 2).get("/api/orders/{n}/options", orderNumber).then().statusCode(200)
                .body("units.unitId", contains("SN-1", newUnit))
                .body("units[1].options.find { it.type == 'DEFECT_REPLACEMENT' }.status", equalTo("ELIGIBLE"))
                .body("units[1].options.find { it.type == 'DEFECT_REPLACEMENT' }.deadline", equalTo(deadline.toString()));
        String onTheDeadline = submit(customer, orderNumber, newUnit, "DEFECT_REPLACEMENT", "QUALITY_PROBLEM")
                .statusCode(201).body("decision.option.deadline", equalTo(deadline.toString())).extract().path("id");
        act(customer.asCustomer(), new OpenClaim(onTheDeadline, customer, orderNumber), "cancel", null).statusCode(200);

        clock.setTo(deadline.plusDays(1).atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC));
        submit(customer, orderNumber, newUnit, "DEFECT_REPLACEMENT", "QUALITY_PROBLEM")
                .statusCode(422).body("requestType", equalTo("DEFECT_REPLACEMENT")).body("trace.rule", hasItem("DP-1"));
    }
}
