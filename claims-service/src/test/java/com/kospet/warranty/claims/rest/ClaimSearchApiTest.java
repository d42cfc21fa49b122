package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.Fixtures;
import com.kospet.warranty.claims.Fixtures.Customer;
import com.kospet.warranty.claims.Fixtures.OpenClaim;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static com.kospet.warranty.claims.Fixtures.act;
import static com.kospet.warranty.claims.Fixtures.asService;
import static com.kospet.warranty.claims.Fixtures.asStaff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** Staff search the claim list by what a customer or a mail names: order, customer, email, unit, reference. */
@QuarkusTest
class ClaimSearchApiTest {

    /** A claim of {@code customer} on a fresh order whose one unit has the serial {@code unitId}. */
    static OpenClaim claimOnUnit(Customer customer, String unitId) {
        String orderNumber = Fixtures.newOrderNumber();
        asService().body(Fixtures.deliveredOrder(customer, orderNumber, 10).replace("\"SN-1\"", "\"" + unitId + "\""))
                .put("/api/orders/{n}", orderNumber).then().statusCode(201);
        String id = Fixtures.submit(customer, orderNumber, unitId, "DEFECT_RETURN", "QUALITY_PROBLEM")
                .statusCode(201).extract().path("id");
        return new OpenClaim(id, customer, orderNumber);
    }

    static String newSerial() {
        return "SN-" + UUID.randomUUID();
    }

    private static List<String> ids(RequestSpecification request) {
        return request.get("/api/claims").then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    @Test
    void staffFindTheClaimsOfOneOrderByItsExactNumber() {
        Customer customer = Fixtures.newCustomer();
        OpenClaim one = claimOnUnit(customer, newSerial());
        OpenClaim other = claimOnUnit(customer, newSerial());

        assertThat(ids(asStaff().queryParam("orderNumber", one.orderNumber()))).containsExactly(one.id());
        assertThat(ids(asStaff().queryParam("orderNumber", " " + other.orderNumber() + " "))).containsExactly(other.id());
        // Exact: neither a part of the number nor more than it matches.
        assertThat(ids(asStaff().queryParam("orderNumber", one.orderNumber().substring(0, one.orderNumber().length() - 1)))).isEmpty();
        assertThat(ids(asStaff().queryParam("orderNumber", one.orderNumber() + "0"))).isEmpty();
    }

    @Test
    void staffFindACustomersClaimsByCustomerIdExactly() {
        Customer customer = Fixtures.newCustomer();
        OpenClaim one = claimOnUnit(customer, newSerial());
        OpenClaim two = claimOnUnit(customer, newSerial());
        claimOnUnit(Fixtures.newCustomer(), newSerial());

        assertThat(ids(asStaff().queryParam("customerId", customer.id()))).containsExactlyInAnyOrder(one.id(), two.id());
        assertThat(ids(asStaff().queryParam("customerId", customer.id().toUpperCase(Locale.ROOT)))).isEmpty();
        assertThat(ids(asStaff().queryParam("customerId", customer.id().substring(0, 10)))).isEmpty();
    }

    @Test
    void staffFindACustomersClaimsByEmailInAnyCaseButNeverByPartOfIt() {
        Customer customer = Fixtures.newCustomer();
        OpenClaim one = claimOnUnit(customer, newSerial());
        OpenClaim two = claimOnUnit(customer, newSerial());
        claimOnUnit(Fixtures.newCustomer(), newSerial());

        assertThat(ids(asStaff().queryParam("customerEmail", customer.email()))).containsExactlyInAnyOrder(one.id(), two.id());
        assertThat(ids(asStaff().queryParam("customerEmail", customer.email().toUpperCase(Locale.ROOT))))
                .containsExactlyInAnyOrder(one.id(), two.id());
        assertThat(ids(asStaff().queryParam("customerEmail", "x" + customer.email()))).isEmpty();
        assertThat(ids(asStaff().queryParam("customerEmail", customer.email().replace("@example.com", "@example.co")))).isEmpty();
    }

    @Test
    void staffFindTheClaimsOfAUnitByItsSerialExactly() {
        String serial = newSerial();
        OpenClaim claim = claimOnUnit(Fixtures.newCustomer(), serial);
        claimOnUnit(Fixtures.newCustomer(), newSerial());

        assertThat(ids(asStaff().queryParam("unitId", serial))).containsExactly(claim.id());
        assertThat(ids(asStaff().queryParam("unitId", serial.toLowerCase(Locale.ROOT)))).isEmpty();
        assertThat(ids(asStaff().queryParam("unitId", serial.substring(0, serial.length() - 2)))).isEmpty();
    }

    @Test
    void staffFindAClaimByTheReferenceItsMailsQuoteInEitherCase() {
        OpenClaim claim = claimOnUnit(Fixtures.newCustomer(), newSerial());
        String reference = claim.id().substring(0, 8).toUpperCase(Locale.ROOT);

        asStaff().queryParam("reference", reference).get("/api/claims").then().statusCode(200)
                .body("items.id", hasItem(claim.id()))
                .body("items.id", everyItem(startsWith(reference.toLowerCase(Locale.ROOT))));
        asStaff().queryParam("reference", reference.toLowerCase(Locale.ROOT)).get("/api/claims").then().statusCode(200)
                .body("items.id", hasItem(claim.id()));
        // Another reference: the neighbouring value of the first block, so nothing but that block differs.
        String neighbour = String.format("%08X", (Long.parseLong(reference, 16) + 1) % 0x1_0000_0000L);
        asStaff().queryParam("reference", neighbour).get("/api/claims").then().statusCode(200)
                .body("items.id", not(hasItem(claim.id())));
    }

    @Test
    void searchFiltersCombineWithEachOtherAndWithTheOtherFilters() {
        Customer customer = Fixtures.newCustomer();
        OpenClaim kept = claimOnUnit(customer, newSerial());
        OpenClaim rejected = claimOnUnit(customer, newSerial());
        act(asStaff(), rejected, "reject", "{\"reason\":\"NO_VALID_PROOF_OF_PURCHASE\"}").statusCode(200);

        assertThat(ids(asStaff().queryParam("customerEmail", customer.email()).queryParam("status", "REJECTED")))
                .containsExactly(rejected.id());
        assertThat(ids(asStaff().queryParam("customerId", customer.id()).queryParam("orderNumber", kept.orderNumber())))
                .containsExactly(kept.id());
        assertThat(ids(asStaff().queryParam("customerId", customer.id()).queryParam("orderNumber", kept.orderNumber())
                .queryParam("status", "REJECTED"))).isEmpty();
        assertThat(ids(asStaff().queryParam("reference", kept.id().substring(0, 8)).queryParam("customerId", customer.id())))
                .containsExactly(kept.id());
        assertThat(ids(asStaff().queryParam("customerEmail", customer.email()).queryParam("overdue", false)
                .queryParam("type", "DEFECT_RETURN"))).containsExactlyInAnyOrder(kept.id(), rejected.id());
    }

    @Test
    void aCustomersSearchStaysWithinTheirOwnClaims() {
        Customer customer = Fixtures.newCustomer();
        OpenClaim own = claimOnUnit(customer, newSerial());
        Customer stranger = Fixtures.newCustomer();
        OpenClaim theirs = claimOnUnit(stranger, newSerial());
        RequestSpecification asCustomer = customer.asCustomer();

        assertThat(ids(customer.asCustomer().queryParam("orderNumber", own.orderNumber()))).containsExactly(own.id());
        assertThat(ids(customer.asCustomer().queryParam("reference", own.id().substring(0, 8)))).containsExactly(own.id());
        // Whatever a customer names of another customer's, the answer holds none of it.
        assertThat(ids(asCustomer.queryParam("orderNumber", theirs.orderNumber()))).isEmpty();
        assertThat(ids(customer.asCustomer().queryParam("customerId", stranger.id()))).isEmpty();
        assertThat(ids(customer.asCustomer().queryParam("customerEmail", stranger.email()))).isEmpty();
        assertThat(ids(customer.asCustomer().queryParam("reference", theirs.id().substring(0, 8)))).doesNotContain(theirs.id());
        // And their other claims stay theirs: the stranger's own search finds the stranger's claim.
        stranger.asCustomer().queryParam("customerEmail", stranger.email()).get("/api/claims").then().statusCode(200)
                .body("items.id", contains(theirs.id()));
        customer.asCustomer().get("/api/claims/{id}", theirs.id()).then().statusCode(404);
    }

    @Test
    void aSearchValueThatCannotMatchIsABadRequestNamingTheParameter() {
        String tooLong = "K".repeat(65);
        record Case(String parameter, String value) {
        }
        for (Case bad : List.of(new Case("reference", "4c64758"), new Case("reference", "4c64758e-6543"),
                new Case("reference", "GHIJKLMN"), new Case("reference", " "), new Case("customerEmail", "ada.example.com"),
                new Case("customerEmail", "@example.com"), new Case("customerEmail", "ada@"), new Case("customerEmail", "a".repeat(250) + "@x.io"),
                new Case("orderNumber", tooLong), new Case("orderNumber", " "), new Case("unitId", "\t"),
                new Case("unitId", "S".repeat(65)), new Case("customerId", "c".repeat(129)))) {
            asStaff().queryParam(bad.parameter(), bad.value()).get("/api/claims").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo(bad.parameter()));
        }
    }

    @Test
    void aSearchFindingNothingIsAnEmptyPage() {
        asStaff().queryParam("orderNumber", "KP-NO-SUCH-ORDER-" + UUID.randomUUID()).get("/api/claims").then().statusCode(200)
                .body("items", empty());
        asStaff().queryParam("customerEmail", "nobody-" + UUID.randomUUID() + "@example.com").get("/api/claims").then()
                .statusCode(200).body("items", empty());
        Customer customer = Fixtures.newCustomer();
        OpenClaim one = claimOnUnit(customer, newSerial());
        OpenClaim two = claimOnUnit(customer, newSerial());
        asStaff().queryParam("customerId", customer.id()).get("/api/claims").then().statusCode(200)
                .body("items.id", containsInAnyOrder(one.id(), two.id()));
    }
}
