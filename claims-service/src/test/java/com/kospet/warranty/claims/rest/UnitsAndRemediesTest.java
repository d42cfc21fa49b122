package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.Fixtures;
import com.kospet.warranty.claims.Fixtures.Customer;
import com.kospet.warranty.claims.Fixtures.OpenClaim;
import com.kospet.warranty.claims.persistence.ClaimEntity;
import com.kospet.warranty.model.event.ClaimEvent;
import com.kospet.warranty.model.event.ClaimEventType;
import com.kospet.warranty.testinfra.ClaimEventsTopic;
import com.kospet.warranty.testinfra.KafkaResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.kospet.warranty.claims.Fixtures.asService;
import static com.kospet.warranty.claims.Fixtures.asStaff;
import static com.kospet.warranty.claims.Fixtures.claimsOn;
import static com.kospet.warranty.claims.Fixtures.concurrently;
import static com.kospet.warranty.claims.Fixtures.storedOrder;
import static com.kospet.warranty.claims.Fixtures.submit;
import static com.kospet.warranty.claims.Fixtures.act;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * UN-1..UN-3 over HTTP on the real database: one open claim per unit, no claim on a refunded unit, refunds of a
 * line capped at its price, replacement units that carry their line's warranty, and who owns an order.
 */
@QuarkusTest
class UnitsAndRemediesTest {

    // --- UN-1: one open claim per unit -------------------------------------------------------------------------

    @Test
    void aSecondClaimOnAUnitWithAnOpenClaimIsRefusedNamingTheOpenClaimToItsCustomer() {
        OpenClaim first = Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");

        for (String type : List.of("DEFECT_RETURN", "NO_DEFECT_RETURN", "WORRY_FREE_REPLACEMENT")) {
            submit(first.customer(), first.orderNumber(), "SN-1", type, type.startsWith("WORRY") ? "BROKEN" : "QUALITY_PROBLEM")
                    .statusCode(409).contentType("application/problem+json")
                    .body("type", equalTo("https://warranty.kospet.com/problems/open-claim"))
                    .body("rule", equalTo("UN-1"))
                    .body("unitId", equalTo("SN-1"))
                    .body("openClaimId", equalTo(first.id()));
        }
        assertThat(claimsOn(first.orderNumber(), "SN-1")).isEqualTo(1);
    }

    @Test
    void tenSimultaneousSubmissionsForOneUnitWithoutAKeyStoreExactlyOneClaim() throws Exception {
        Customer customer = Fixtures.newCustomer();
        String orderNumber = storedOrder(customer, 10);

        List<Integer> statuses = concurrently(10,
                () -> submit(customer, orderNumber, "SN-1", "DEFECT_RETURN", "QUALITY_PROBLEM").extract().statusCode());

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(9);
        assertThat(claimsOn(orderNumber, "SN-1")).isEqualTo(1);
    }

    @Test
    void aWithdrawnOrRejectedClaimIsNotOpenSoTheUnitMayBeClaimedAgain() {
        OpenClaim withdrawn = Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");
        act(withdrawn.customer().asCustomer(), withdrawn, "cancel", null).statusCode(200);

        String second = submit(withdrawn.customer(), withdrawn.orderNumber(), "SN-1", "DEFECT_REPLACEMENT", "QUALITY_PROBLEM")
                .statusCode(201).extract().path("id");
        act(asStaff(), new OpenClaim(second, withdrawn.customer(), withdrawn.orderNumber()), "reject",
                "{\"reason\":\"NO_VALID_PROOF_OF_PURCHASE\"}").statusCode(200);

        submit(withdrawn.customer(), withdrawn.orderNumber(), "SN-1", "DEFECT_RETURN", "QUALITY_PROBLEM").statusCode(201);
    }

    @Test
    void theDatabaseItselfRefusesASecondOpenClaimOnAUnit() {
        OpenClaim open = Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");

        assertThatThrownBy(() -> copyClaim(open.uuid(), UUID.randomUUID(), "SN-1", "AWAITING_CONFIRMATION"))
                .hasStackTraceContaining("claims_one_open_per_unit");
        assertThat(claimsOn(open.orderNumber(), "SN-1")).isEqualTo(1);
    }

    // --- UN-2: a refunded unit takes no further claim; refunds of a line never exceed its price -------------------

    @Test
    void aRefundedUnitTakesNoFurtherClaimOfAnyType() {
        OpenClaim refunded = walkToApproved("DEFECT_RETURN");
        act(asStaff(), refunded, "refund", null).statusCode(200);

        // Refunded but not yet closed: UN-2 already holds.
        submit(refunded.customer(), refunded.orderNumber(), "SN-1", "DEFECT_RETURN", "QUALITY_PROBLEM")
                .statusCode(422).contentType("application/problem+json").body("rule", equalTo("UN-2"));
        act(asStaff(), refunded, "close", null).statusCode(200);
        for (String type : List.of("DEFECT_RETURN", "NO_DEFECT_RETURN", "DEFECT_REPLACEMENT", "WORRY_FREE_REPLACEMENT")) {
            submit(refunded.customer(), refunded.orderNumber(), "SN-1", type, type.startsWith("WORRY") ? "BROKEN" : "QUALITY_PROBLEM")
                    .statusCode(422).body("rule", equalTo("UN-2")).body("errors.field", hasItem("unitId"));
        }
        assertThat(claimsOn(refunded.orderNumber(), "SN-1")).isEqualTo(1);
    }

    @Test
    void twoRefundsOfOneOrderLineRequestedAtOnceNeverPayMoreThanItsPrice() throws Exception {
        // Two refund claims approved at once on one line can only come from data older than UN-1 and UN-3: the
        // second is made here on a replacement unit of the same line, straight in the database.
        OpenClaim original = walkToApproved("DEFECT_RETURN");
        String replacementUnit = "SN-R-" + UUID.randomUUID();
        UUID second = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> ClaimEntity.getEntityManager().createNativeQuery("""
                        insert into {h-schema}replacement_units (unit_id, order_number, original_unit_id, replaces_unit_id, claim_id, shipped_at)
                        values (?1, ?2, 'SN-1', 'SN-1', ?3, now())""")
                .setParameter(1, replacementUnit).setParameter(2, original.orderNumber()).setParameter(3, original.uuid())
                .executeUpdate());
        copyClaim(original.uuid(), second, replacementUnit, "APPROVED");
        OpenClaim twin = new OpenClaim(second.toString(), original.customer(), original.orderNumber());

        List<Integer> statuses = concurrently(2, List.of(
                () -> act(asStaff(), original, "refund", null).extract().statusCode(),
                () -> act(asStaff(), twin, "refund", null).extract().statusCode()));

        assertThat(statuses).containsExactlyInAnyOrder(200, 422);
        BigDecimal refunded = QuarkusTransaction.requiringNew().call(() -> (BigDecimal) ClaimEntity.getEntityManager()
                .createNativeQuery("select coalesce(sum(refund), 0) from {h-schema}claims where order_number = ?1 and status = 'REFUNDED'")
                .setParameter(1, original.orderNumber()).getSingleResult());
        assertThat(refunded).isEqualByComparingTo("199.00");
    }

    // --- UN-3: replacement units ----------------------------------------------------------------------------------

    @Test
    void aShippedReplacementIsAUnitOfItsOwnTheReplacedUnitTakesNoFurtherClaim() {
        OpenClaim replaced = Fixtures.openClaim("DEFECT_REPLACEMENT", "QUALITY_PROBLEM");
        String newUnit = shipReplacement(walkToApproved(replaced));

        replaced.customer().asCustomer().get("/api/claims/{id}", replaced.id()).then().statusCode(200)
                .body("replacementUnitId", equalTo(newUnit)).body("originalUnitId", equalTo("SN-1"));
        try (ClaimEventsTopic topic = new ClaimEventsTopic(KafkaResource.bootstrapServers())) {
            ClaimEvent shipped = topic.eventsOf(replaced.uuid(), 6, Duration.ofSeconds(20)).get(5);
            assertThat(shipped.type()).isEqualTo(ClaimEventType.REPLACEMENT_SHIPPED);
            assertThat(shipped.data().replacementUnitId()).isEqualTo(newUnit);
            assertThat(shipped.data().originalUnitId()).isEqualTo("SN-1");
        }

        replaced.customer().asCustomer().get("/api/orders/{n}", replaced.orderNumber()).then().statusCode(200)
                .body("items[0].units.unitId", contains("SN-1", newUnit))
                .body("items[0].units.state", contains("REPLACED", "IN_SERVICE"))
                .body("items[0].units[0].replacedBy", equalTo(newUnit))
                .body("items[0].units[1].replaces", equalTo("SN-1"));

        submit(replaced.customer(), replaced.orderNumber(), "SN-1", "DEFECT_RETURN", "QUALITY_PROBLEM")
                .statusCode(422).body("rule", equalTo("UN-3"));
        submit(replaced.customer(), replaced.orderNumber(), newUnit, "DEFECT_RETURN", "QUALITY_PROBLEM")
                .statusCode(201).body("unitId", equalTo(newUnit)).body("originalUnitId", equalTo("SN-1"))
                .body("productModel", equalTo("TANK T3"))
                // The replacement inherits the line's price (UN-3): a full refund is the original price.
                .body("decision.option.money.refund.amount", equalTo("199.00"));
    }

    @Test
    void aReplacementNeedsASerialThatNamesNoUnitYet() {
        OpenClaim claim = walkToApproved(Fixtures.openClaim("DEFECT_REPLACEMENT", "QUALITY_PROBLEM"));

        act(asStaff(), claim, "replacement-shipment", "{\"carrier\":\"DHL\",\"trackingNumber\":\"JD1\"}")
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("newUnitId"));
        // "SN-1" is a unit sold on this order (and on every order of these tests).
        act(asStaff(), claim, "replacement-shipment", "{\"carrier\":\"DHL\",\"trackingNumber\":\"JD1\",\"newUnitId\":\"SN-1\"}")
                .statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://warranty.kospet.com/problems/unit-id-taken"))
                .body("errors.field", hasItem("newUnitId"));
        String taken = shipReplacement(claim);

        OpenClaim other = walkToApproved(Fixtures.openClaim("DEFECT_REPLACEMENT", "QUALITY_PROBLEM"));
        act(asStaff(), other, "replacement-shipment", "{\"carrier\":\"DHL\",\"trackingNumber\":\"JD2\",\"newUnitId\":\"" + taken + "\"}")
                .statusCode(409).body("rule", equalTo("UN-3"));
        asStaff().get("/api/claims/{id}", other.id()).then().body("status", equalTo("APPROVED"))
                .body("replacementUnitId", nullValue());
    }

    @Test
    void worryFreeReplacementsAreCountedAcrossTheUnitsOfALine() {
        Customer customer = Fixtures.newCustomer();
        String orderNumber = storedOrder(customer, 10);

        String second = worryFreeReplaced(customer, orderNumber, "SN-1");
        String third = worryFreeReplaced(customer, orderNumber, second);

        customer.asCustomer().get("/api/orders/{n}/options", orderNumber).then().statusCode(200)
                .body("units.unitId", contains("SN-1", second, third))
                .body("units.worryFreeReplacements", everyItem(equalTo(2)));
        // A new serial does not restart WF-3's count of 2.
        submit(customer, orderNumber, third, "WORRY_FREE_REPLACEMENT", "BROKEN")
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://warranty.kospet.com/problems/not-eligible"))
                .body("trace.rule", hasItem("WF-3"));
    }

    // --- Ownership is the token's subject alone ---------------------------------------------------------------------

    @Test
    void aTokenCarryingAnotherCustomersEmailReachesNeitherTheirOrderNorTheirUnits() {
        Customer owner = Fixtures.newCustomer();
        String orderNumber = storedOrder(owner, 10);
        Customer impostor = new Customer("c-" + UUID.randomUUID(), owner.email());

        submit(impostor, orderNumber, "SN-1", "DEFECT_RETURN", "QUALITY_PROBLEM")
                .statusCode(404).contentType("application/problem+json");
        impostor.asCustomer().get("/api/orders/{n}", orderNumber).then().statusCode(404);
        impostor.asCustomer().get("/api/orders/{n}/options", orderNumber).then().statusCode(404);
        assertThat(claimsOn(orderNumber, "SN-1")).isZero();
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private static OpenClaim walkToApproved(String requestType) {
        return walkToApproved(Fixtures.openClaim(requestType, "QUALITY_PROBLEM"));
    }

    /** Confirmed, shipped back, received and inspected: the store owes the refund or the new unit. */
    static OpenClaim walkToApproved(OpenClaim claim) {
        act(asStaff(), claim, "confirm", null).statusCode(200);
        act(claim.customer().asCustomer(), claim, "return-shipment", Fixtures.returnShipment(true, true, true)).statusCode(200);
        act(asStaff(), claim, "receipt", null).statusCode(200);
        act(asStaff(), claim, "inspection", "{\"outcome\":\"DEFECT_CONFIRMED\"}").statusCode(200)
                .body("status", equalTo("APPROVED"));
        return claim;
    }

    /** Ships a new unit for an approved replacement claim; its serial. */
    static String shipReplacement(OpenClaim claim) {
        String newUnit = "SN-R-" + UUID.randomUUID();
        act(asStaff(), claim, "replacement-shipment",
                "{\"carrier\":\"DHL\",\"trackingNumber\":\"JD1\",\"newUnitId\":\"" + newUnit + "\"}")
                .statusCode(200).body("status", equalTo("REPLACEMENT_SHIPPED")).body("replacementUnitId", equalTo(newUnit));
        return newUnit;
    }

    /** A WORRY FREE+ claim on {@code unitId} taken to the new unit's shipment; the new unit's serial. */
    static String worryFreeReplaced(Customer customer, String orderNumber, String unitId) {
        String id = submit(customer, orderNumber, unitId, "WORRY_FREE_REPLACEMENT", "BROKEN").statusCode(201).extract().path("id");
        OpenClaim claim = new OpenClaim(id, customer, orderNumber);
        act(asStaff(), claim, "confirm", null).statusCode(200);
        act(customer.asCustomer(), claim, "return-shipment", Fixtures.returnShipment(true, true, true)).statusCode(200);
        act(asStaff(), claim, "receipt", null).statusCode(200).body("status", equalTo("PAYMENT_DUE"));
        act(asService(), claim, "payment", "{\"reference\":\"pay-1\"}").statusCode(200);
        String newUnit = shipReplacement(claim);
        act(asStaff(), claim, "close", null).statusCode(200);
        return newUnit;
    }

    /**
     * A copy of a stored claim under another id, unit and status, written past every check but the database's. Every
     * column but those PostgreSQL computes itself (queue_deadline) is copied.
     */
    static void copyClaim(UUID source, UUID id, String unitId, String status) {
        QuarkusTransaction.requiringNew().run(() -> {
            var db = ClaimEntity.getEntityManager();
            String columns = (String) db.createNativeQuery("""
                            select string_agg(quote_ident(column_name), ', ' order by ordinal_position)
                            from information_schema.columns
                            where table_schema = 'claims' and table_name = 'claims' and is_generated = 'NEVER'""")
                    .getSingleResult();
            db.createNativeQuery("insert into {h-schema}claims (" + columns + ") select " + columns
                            + " from jsonb_populate_record(null::{h-schema}claims, (select to_jsonb(c)"
                            + " || jsonb_build_object('id', ?1, 'unit_id', ?2, 'status', ?3) from {h-schema}claims c where c.id = ?4))")
                    .setParameter(1, id.toString()).setParameter(2, unitId).setParameter(3, status).setParameter(4, source)
                    .executeUpdate();
        });
    }
}
