package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.Fixtures;
import com.kospet.warranty.claims.Fixtures.OpenClaim;
import com.kospet.warranty.claims.persistence.ClaimHistoryEntity;
import com.kospet.warranty.model.ClaimStatus;
import com.kospet.warranty.model.event.ClaimEvent;
import com.kospet.warranty.model.event.ClaimEventType;
import com.kospet.warranty.testinfra.ClaimEventsTopic;
import com.kospet.warranty.testinfra.PerTestClass;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.kospet.warranty.claims.Fixtures.asService;
import static com.kospet.warranty.claims.Fixtures.act;
import static com.kospet.warranty.claims.Fixtures.asStaff;
import static com.kospet.warranty.testinfra.OpenApiContract.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Every transition over HTTP, against the real database, broker and policy-service. */
@QuarkusTest
class ClaimLifecycleApiTest {

    @RegisterExtension
    static final PerTestClass<ClaimEventsTopic> topic = PerTestClass.of(ClaimEventsTopic::ofTestKafka);

    @Test
    void aDefectReturnIsConfirmedShippedBackReceivedInspectedRefundedAndClosed() {
        OpenClaim claim = Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");

        act(asStaff(), claim, "confirm", "{\"note\":\"looks right\"}").statusCode(200)
                .body("status", equalTo("AWAITING_RETURN"))
                .body("deadlines.shipBackBy", notNullValue())
                .body("openDeadline", notNullValue());
        act(claim.customer().asCustomer(), claim, "return-shipment", Fixtures.returnShipment(true, true, true)).statusCode(200)
                .body("status", equalTo("IN_TRANSIT"))
                .body("returnShipment.carrier", equalTo("UPS"))
                .body("shipment.trackingNumber", equalTo("1Z999AA10123456784"));
        act(asStaff(), claim, "receipt", null).statusCode(200).body("status", equalTo("RECEIVED"));
        act(asStaff(), claim, "inspection", "{\"outcome\":\"DEFECT_CONFIRMED\"}").statusCode(200)
                .body("status", equalTo("APPROVED")).body("inspectionOutcome", equalTo("DEFECT_CONFIRMED"));
        act(asStaff(), claim, "refund", null).statusCode(200).body("status", equalTo("REFUNDED"));
        act(asStaff(), claim, "close", null).statusCode(200).body("status", equalTo("CLOSED"))
                .body("openDeadline", nullValue());

        claim.customer().asCustomer().get("/api/claims/{id}", claim.id()).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("version", equalTo(6));
        assertThat(history(claim)).extracting(h -> h.action + ":" + h.fromStatus + "->" + h.toStatus + ":" + h.role)
                .containsExactly("submit:null->AWAITING_CONFIRMATION:customer",
                        "confirm:AWAITING_CONFIRMATION->AWAITING_RETURN:staff",
                        "return-shipment:AWAITING_RETURN->IN_TRANSIT:customer",
                        "receipt:IN_TRANSIT->RECEIVED:staff",
                        "inspection:RECEIVED->APPROVED:staff",
                        "refund:APPROVED->REFUNDED:staff",
                        "close:REFUNDED->CLOSED:staff");
        assertThat(history(claim).get(1).reason).isEqualTo("looks right");
        assertThat(eventTypes(claim, 7)).containsExactly(ClaimEventType.SUBMITTED, ClaimEventType.CONFIRMED,
                ClaimEventType.RETURN_REGISTERED, ClaimEventType.RECEIVED, ClaimEventType.INSPECTED,
                ClaimEventType.REFUNDED, ClaimEventType.CLOSED);
        ClaimEvent returned = topic.get().eventsOf(claim.uuid(), 7, Duration.ofSeconds(1)).get(2);
        assertThat(returned.data().previousStatus()).isEqualTo(ClaimStatus.AWAITING_RETURN);
        assertThat(returned.data().shipment().trackingNumber()).isEqualTo("1Z999AA10123456784");
    }

    @Test
    void aWorryFreeReplacementIsPaidAfterReceiptAndShippedWithADeliveryEstimate() {
        OpenClaim claim = Fixtures.openClaim("WORRY_FREE_REPLACEMENT", "BROKEN");

        act(asStaff(), claim, "confirm", """
                {"priceDifference":{"amount":"24.00","currency":"USD"},"customerShipping":{"amount":"9.50","currency":"USD"}}
                """).statusCode(200)
                .body("status", equalTo("AWAITING_RETURN"))
                .body("money.priceDifference.amount", equalTo("24.00"))
                .body("money.customerShipping.amount", equalTo("9.50"));
        act(claim.customer().asCustomer(), claim, "return-shipment", Fixtures.returnShipment(true, true, true)).statusCode(200);
        act(asStaff(), claim, "receipt", null).statusCode(200)
                .body("status", equalTo("PAYMENT_DUE")).body("deadlines.paymentDueBy", notNullValue());
        act(asService(), claim, "payment", "{\"reference\":\"pay-778\"}").statusCode(200)
                .body("status", equalTo("APPROVED")).body("deadlines.shipReplacementBy", notNullValue());
        act(asStaff(), claim, "refund", null).statusCode(409)
                .contentType("application/problem+json").body("currentStatus", equalTo("APPROVED"));
        act(asStaff(), claim, "replacement-shipment", "{\"carrier\":\"DHL\",\"trackingNumber\":\"JD014600003\",\"newUnitId\":\"SN-R-" + UUID.randomUUID() + "\"}").statusCode(200)
                .body("status", equalTo("REPLACEMENT_SHIPPED"))
                .body("replacementShipment.trackingNumber", equalTo("JD014600003"))
                .body("deadlines.deliveryEstimateFrom", notNullValue())
                .body("deadlines.deliveryEstimateTo", notNullValue());
        act(asStaff(), claim, "close", null).statusCode(200).body("status", equalTo("CLOSED"));

        assertThat(eventTypes(claim, 7)).containsExactly(ClaimEventType.SUBMITTED, ClaimEventType.CONFIRMED,
                ClaimEventType.RETURN_REGISTERED, ClaimEventType.PAYMENT_DUE, ClaimEventType.PAID,
                ClaimEventType.REPLACEMENT_SHIPPED, ClaimEventType.CLOSED);
        ClaimEvent paymentDue = topic.get().eventsOf(claim.uuid(), 7, Duration.ofSeconds(1)).get(3);
        assertThat(paymentDue.data().money().priceDifference().amount()).isEqualByComparingTo("24.00");
        assertThat(paymentDue.data().deadlines().paymentDueBy()).isNotNull();
        assertThat(history(claim).get(4).reason).contains("pay-778");
    }

    @Test
    void aDefectReplacementConfirmedAtInspectionShipsTheNewUnit() {
        OpenClaim claim = walkToReceived("DEFECT_REPLACEMENT");
        act(asStaff(), claim, "inspection", "{\"outcome\":\"DEFECT_CONFIRMED\"}").statusCode(200).body("status", equalTo("APPROVED"));
        act(asStaff(), claim, "replacement-shipment", "{\"carrier\":\"DHL\",\"trackingNumber\":\"JD1\",\"newUnitId\":\"SN-R-" + UUID.randomUUID() + "\"}").statusCode(200)
                .body("status", equalTo("REPLACEMENT_SHIPPED"));
    }

    @Test
    void aUnitFoundFreeOfDefectsIsRejectedUnderEx3() {
        OpenClaim claim = walkToReceived("DEFECT_RETURN");
        act(asStaff(), claim, "inspection", "{\"outcome\":\"NO_DEFECT_FOUND\",\"note\":\"passed every test\"}").statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("rejection.reason", equalTo("NO_DEFECT_FOUND"))
                .body("rejection.rule", equalTo("EX-3"))
                .body("rejection.note", equalTo("passed every test"));
        assertThat(eventTypes(claim, 5).get(4)).isEqualTo(ClaimEventType.REJECTED);
    }

    @Test
    void transitDamageWithoutTheCarriersProofIsRejectedUnderEx4() {
        OpenClaim claim = walkToReceived("DEFECT_REPLACEMENT");
        act(asStaff(), claim, "inspection", "{\"outcome\":\"TRANSIT_DAMAGE_WITHOUT_PROOF\"}").statusCode(200)
                .body("status", equalTo("REJECTED")).body("rejection.rule", equalTo("EX-4"));
    }

    @Test
    void aCancellationIsConfirmedAndRefundedWithoutAReturn() {
        OpenClaim claim = Fixtures.openClaim("CANCEL", "NONE");
        act(asStaff(), claim, "confirm", null).statusCode(200).body("status", equalTo("APPROVED"));
        act(asStaff(), claim, "refund", "{\"note\":\"refund 8812\"}").statusCode(200).body("status", equalTo("REFUNDED"));
    }

    @Test
    void staffRejectAtReviewNamingTheExclusion() {
        OpenClaim claim = Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");
        act(asStaff(), claim, "reject", "{\"reason\":\"NO_VALID_PROOF_OF_PURCHASE\",\"note\":\"invoice altered\"}").statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("rejection.rule", equalTo("EX-2"))
                .body("openDeadline", nullValue());
        ClaimEvent rejected = topic.get().eventsOf(claim.uuid(), 2, Duration.ofSeconds(20)).get(1);
        assertThat(rejected.type()).isEqualTo(ClaimEventType.REJECTED);
        assertThat(rejected.data().rejection().rule()).isEqualTo("EX-2");
    }

    @Test
    void aRejectionForAnotherReasonWithoutANoteIsABadRequestAndChangesNothing() {
        OpenClaim claim = Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");
        act(asStaff(), claim, "reject", "{\"reason\":\"OTHER\"}").statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("note"));
        act(asStaff(), claim, "reject", "{}").statusCode(400).body("errors[0].field", equalTo("reason"));
        assertUnchanged(claim, ClaimStatus.AWAITING_CONFIRMATION);
    }

    @Test
    void aReturnWithoutTheDataSafetyAcknowledgementIsRefusedAndChangesNothing() {
        OpenClaim claim = Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");
        act(asStaff(), claim, "confirm", null).statusCode(200);
        act(claim.customer().asCustomer(), claim, "return-shipment", Fixtures.returnShipment(true, false, true)).statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("DB-1"))
                .body("errors.field", contains("simRemoved"));
        act(claim.customer().asCustomer(), claim, "return-shipment", "{\"carrier\":\"UPS\"}").statusCode(400)
                .body("errors.field", contains("trackingNumber"));
        assertUnchanged(claim, ClaimStatus.AWAITING_RETURN);
        assertThat(history(claim)).hasSize(2);
    }

    @Test
    void anActionTheStateDoesNotAllowIsAConflictNamingTheCurrentState() {
        OpenClaim claim = Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");
        act(asStaff(), claim, "refund", null).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://warranty.kospet.com/problems/illegal-transition"))
                .body("currentStatus", equalTo("AWAITING_CONFIRMATION"))
                .body("action", equalTo("refund"))
                .body("detail", containsString("AWAITING_CONFIRMATION"));
        act(asStaff(), claim, "receipt", null).statusCode(409).body("currentStatus", equalTo("AWAITING_CONFIRMATION"));
        act(asService(), claim, "payment", null).statusCode(409);
        assertUnchanged(claim, ClaimStatus.AWAITING_CONFIRMATION);
    }

    @Test
    void eachActionIsForItsOwnRoleOnly() {
        OpenClaim claim = Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");
        for (String staffAction : List.of("confirm", "reject", "receipt", "inspection", "refund", "replacement-shipment", "close")) {
            act(claim.customer().asCustomer(), claim, staffAction, "{}").statusCode(403).contentType("application/problem+json");
            act(asService(), claim, staffAction, "{}").statusCode(403);
        }
        for (String customerAction : List.of("return-shipment", "cancel")) {
            act(asStaff(), claim, customerAction, Fixtures.returnShipment(true, true, true)).statusCode(403);
        }
        act(asStaff(), claim, "payment", null).statusCode(403);
        act(claim.customer().asCustomer(), claim, "payment", null).statusCode(403);
        given().post("/api/claims/{id}/cancel", claim.id()).then().statusCode(401);
        assertUnchanged(claim, ClaimStatus.AWAITING_CONFIRMATION);
    }

    @Test
    void aCustomerCannotActOnSomeoneElsesClaim() {
        OpenClaim claim = Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");
        Fixtures.Customer stranger = Fixtures.newCustomer();
        act(stranger.asCustomer(), claim, "cancel", null).statusCode(404).contentType("application/problem+json");
        act(asStaff(), claim, "confirm", null).statusCode(200);
        act(stranger.asCustomer(), claim, "return-shipment", Fixtures.returnShipment(true, true, true)).statusCode(404);
        assertUnchanged(claim, ClaimStatus.AWAITING_RETURN);
    }

    @Test
    void aCustomerCancelsWhileNothingHasShippedButNotAfter() {
        OpenClaim waiting = Fixtures.openClaim("NO_DEFECT_RETURN", "NONE");
        act(waiting.customer().asCustomer(), waiting, "cancel", null).statusCode(200).body("status", equalTo("CANCELLED"));
        assertThat(eventTypes(waiting, 2)).containsExactly(ClaimEventType.SUBMITTED, ClaimEventType.CANCELLED);

        OpenClaim confirmed = Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");
        act(asStaff(), confirmed, "confirm", null).statusCode(200);
        act(confirmed.customer().asCustomer(), confirmed, "cancel", "{\"note\":\"found the charger\"}").statusCode(200)
                .body("status", equalTo("CANCELLED"));

        OpenClaim shipped = Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");
        act(asStaff(), shipped, "confirm", null).statusCode(200);
        act(shipped.customer().asCustomer(), shipped, "return-shipment", Fixtures.returnShipment(true, true, true)).statusCode(200);
        act(shipped.customer().asCustomer(), shipped, "cancel", null).statusCode(409).body("currentStatus", equalTo("IN_TRANSIT"));
    }

    @Test
    void ofTwoAgentsConfirmingAtOnceOneWinsAndTheOtherIsAConflict() throws Exception {
        OpenClaim claim = Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");
        int agents = 6;
        ExecutorService pool = Executors.newFixedThreadPool(agents);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < agents; i++) {
                calls.add(() -> act(asStaff(), claim, "confirm", null).extract().statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : pool.invokeAll(calls)) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsOnly(200, 409);
            assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(history(claim)).extracting(h -> h.action).containsExactly("submit", "confirm");
        assertThat(eventTypes(claim, 2)).containsExactly(ClaimEventType.SUBMITTED, ClaimEventType.CONFIRMED);
        Thread.sleep(1000);
        assertThat(topic.get().eventsOf(claim.uuid(), 2, Duration.ofSeconds(1))).hasSize(2);
    }

    // ------------------------------------------------------------------ helpers

    static OpenClaim walkToReceived(String requestType) {
        OpenClaim claim = Fixtures.openClaim(requestType, "QUALITY_PROBLEM");
        act(asStaff(), claim, "confirm", null).statusCode(200);
        act(claim.customer().asCustomer(), claim, "return-shipment", Fixtures.returnShipment(true, true, true)).statusCode(200);
        act(asStaff(), claim, "receipt", null).statusCode(200).body("status", equalTo("RECEIVED"));
        return claim;
    }

    private static void assertUnchanged(OpenClaim claim, ClaimStatus expected) {
        asStaff().get("/api/claims/{id}", claim.id()).then().statusCode(200).body("status", equalTo(expected.name()));
    }

    static List<ClaimHistoryEntity> history(OpenClaim claim) {
        return QuarkusTransaction.requiringNew().call(() -> ClaimHistoryEntity.ofClaim(claim.uuid()));
    }

    private static List<ClaimEventType> eventTypes(OpenClaim claim, int count) {
        return topic.get().eventsOf(claim.uuid(), count, Duration.ofSeconds(20)).stream().map(ClaimEvent::type).toList();
    }
}
