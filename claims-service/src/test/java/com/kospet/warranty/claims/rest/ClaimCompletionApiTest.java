package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.Fixtures;
import com.kospet.warranty.claims.config.MovableClock;
import com.kospet.warranty.claims.persistence.ClaimHistoryEntity;
import com.kospet.warranty.claims.persistence.OutboxEntity;
import com.kospet.warranty.model.event.ClaimEvent;
import com.kospet.warranty.model.event.ClaimEventType;
import com.kospet.warranty.testinfra.ClaimEventsTopic;
import com.kospet.warranty.testinfra.PerTestClass;
import com.kospet.warranty.testinfra.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static com.kospet.warranty.claims.Fixtures.asService;
import static com.kospet.warranty.claims.Fixtures.asStaff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static com.kospet.warranty.testinfra.OpenApiContract.given;

/** PATCH /api/claims/{id}: a customer supplies what an INCOMPLETE claim lacked and the policy decides again. */
@QuarkusTest
class ClaimCompletionApiTest {

    @RegisterExtension
    static final PerTestClass<ClaimEventsTopic> topic = PerTestClass.of(ClaimEventsTopic::ofTestKafka);

    @Inject
    MovableClock clock;

    @Test
    void transitDamageWithTheCarriersProofAddedBecomesEligibleAndCanBeConfirmed() {
        Opened claim = open("DEFECT_RETURN", "TRANSIT_DAMAGE", 2);
        claim.customer().asCustomer().get("/api/claims/{id}", claim.id()).then().statusCode(200)
                .body("decision.status", equalTo("INCOMPLETE"))
                .body("missingRequirements", contains("CARRIER_DAMAGE_PROOF"));
        asStaff().post("/api/claims/{id}/confirm", claim.id()).then().statusCode(422).body("rule", equalTo("DP-2"));

        claim.customer().asCustomer().body("{\"carrierDamageProof\":true}").patch("/api/claims/{id}", claim.id())
                .then().statusCode(200)
                .body("status", equalTo("AWAITING_CONFIRMATION"))
                .body("decision.status", equalTo("ELIGIBLE"))
                .body("decision.option.trace.rule", hasItem("EX-4"))
                .body("missingRequirements", empty())
                .body("money.refund.amount", equalTo("199.00"));

        assertThat(history(claim.uuid())).extracting(h -> h.action + ":" + h.fromStatus + "->" + h.toStatus + ":" + h.role)
                .containsExactly("submit:null->AWAITING_CONFIRMATION:customer",
                        "complete:AWAITING_CONFIRMATION->AWAITING_CONFIRMATION:customer");
        assertThat(history(claim.uuid()).get(1).reason).contains("complete", "ELIGIBLE");
        assertThat(outboxTypes(claim.uuid())).containsExactly("claim.submitted", "claim.updated");
        ClaimEvent updated = topic.get().eventsOf(claim.uuid(), 2, Duration.ofSeconds(20)).get(1);
        assertThat(updated.type()).isEqualTo(ClaimEventType.UPDATED);
        assertThat(updated.data().missingRequirements()).isEmpty();

        asStaff().post("/api/claims/{id}/confirm", claim.id()).then().statusCode(200).body("status", equalTo("AWAITING_RETURN"));
    }

    @Test
    void aReplacementWithoutPicturesStaysIncompleteUntilTheyAreSupplied() {
        Opened claim = open("DEFECT_REPLACEMENT", "QUALITY_PROBLEM", 0);
        claim.customer().asCustomer().get("/api/claims/{id}", claim.id()).then()
                .body("missingRequirements", contains("MEDIA"));

        claim.customer().asCustomer().body("{\"purchaseLink\":\"https://store.example/o/1\"}").patch("/api/claims/{id}", claim.id())
                .then().statusCode(200)
                .body("decision.status", equalTo("INCOMPLETE"))
                .body("missingRequirements", contains("MEDIA"));
        claim.customer().asCustomer().body("{\"mediaCount\":3}").patch("/api/claims/{id}", claim.id())
                .then().statusCode(200)
                .body("decision.status", equalTo("ELIGIBLE"))
                .body("missingRequirements", empty())
                .body("decision.option.trace.reason", hasItem(containsString("3 picture(s)")));
        assertThat(outboxTypes(claim.uuid())).containsExactly("claim.submitted", "claim.updated", "claim.updated");
    }

    @Test
    void picturesUploadedToTheClaimCountAsTheMediaItLacked() {
        Opened claim = open("DEFECT_REPLACEMENT", "QUALITY_PROBLEM", 0);
        given().auth().oauth2(TestTokens.customer(claim.customer().id(), claim.customer().email()))
                .multiPart("file", "black-screen.png", EvidenceApiTest.realPng())
                .post("/api/claims/{id}/evidence", claim.id())
                .then().statusCode(201);

        claim.customer().asCustomer().body("{\"purchaseLink\":\"https://store.example/o/1\"}").patch("/api/claims/{id}", claim.id())
                .then().statusCode(200)
                .body("decision.status", equalTo("ELIGIBLE"))
                .body("missingRequirements", empty())
                .body("decision.option.trace.reason", hasItem(containsString("1 picture(s)")));
    }

    @Test
    void theClaimIsDecidedAgainOnTheOrderAndDayItWasOpenedWith() {
        Opened claim = open("DEFECT_RETURN", "TRANSIT_DAMAGE", 2);
        // Forty days later the defect-return window (DR-1) of an order placed ten days before the claim has closed,
        // and the order system now reports other facts: neither changes what the claim was asked about.
        clock.setTo(Instant.now().plus(Duration.ofDays(40)));
        asService().body(Fixtures.deliveredOrder(claim.customer(), claim.orderNumber(), 400))
                .put("/api/orders/{n}", claim.orderNumber()).then().statusCode(200);

        claim.customer().asCustomer().body("{\"carrierDamageProof\":true}").patch("/api/claims/{id}", claim.id())
                .then().statusCode(200)
                .body("decision.status", equalTo("ELIGIBLE"))
                .body("decision.option.deadline", equalTo(claim.deadline()));
    }

    @Test
    void aRetriedCompletionWithTheSameIdempotencyKeyIsAnsweredOnce() {
        Opened claim = open("DEFECT_RETURN", "TRANSIT_DAMAGE", 2);
        String key = UUID.randomUUID().toString();
        String first = claim.customer().asCustomer().header("Idempotency-Key", key).body("{\"carrierDamageProof\":true}")
                .patch("/api/claims/{id}", claim.id()).then().statusCode(200).extract().asString();
        String retry = claim.customer().asCustomer().header("Idempotency-Key", key).body("{\"carrierDamageProof\":true}")
                .patch("/api/claims/{id}", claim.id()).then().statusCode(200)
                .header(IdempotentRequests.REPLAYED_HEADER, "true").extract().asString();
        assertThat(retry).isEqualTo(first);
        assertThat(outboxTypes(claim.uuid())).containsExactly("claim.submitted", "claim.updated");
        claim.customer().asCustomer().header("Idempotency-Key", key).body("{\"mediaCount\":5}")
                .patch("/api/claims/{id}", claim.id()).then().statusCode(422);
    }

    @Test
    void aClaimOpenedBeforeQuestionsWereStoredIsCompletedOnTheQuestionTheMigrationRebuilt() {
        Opened claim = open("DEFECT_RETURN", "TRANSIT_DAMAGE", 2);
        Fixtures.backfillAgain(claim.uuid(), "policy_question", "V3__claim_policy_question.sql", "update claims c");

        claim.customer().asCustomer().body("{\"carrierDamageProof\":true}").patch("/api/claims/{id}", claim.id())
                .then().statusCode(200)
                .body("decision.status", equalTo("ELIGIBLE"))
                .body("decision.option.deadline", equalTo(claim.deadline()));
    }

    @Test
    void aClaimNoLongerAwaitingConfirmationCannotBeCompleted() {
        Fixtures.OpenClaim claim = Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");
        asStaff().post("/api/claims/{id}/confirm", claim.id()).then().statusCode(200);

        claim.customer().asCustomer().body("{\"mediaCount\":4}").patch("/api/claims/{id}", claim.id())
                .then().statusCode(409).contentType("application/problem+json")
                .body("currentStatus", equalTo("AWAITING_RETURN"))
                .body("detail", containsString("AWAITING_RETURN"));
        assertThat(outboxTypes(claim.uuid())).doesNotContain("claim.updated");
    }

    @Test
    void onlyTheClaimsOwnCustomerMayCompleteIt() {
        Opened claim = open("DEFECT_RETURN", "TRANSIT_DAMAGE", 2);
        Fixtures.newCustomer().asCustomer().body("{\"carrierDamageProof\":true}").patch("/api/claims/{id}", claim.id())
                .then().statusCode(404).contentType("application/problem+json");
        asStaff().body("{\"carrierDamageProof\":true}").patch("/api/claims/{id}", claim.id()).then().statusCode(403);
        claim.customer().asCustomer().body("{\"carrierDamageProof\":true}").patch("/api/claims/{id}", UUID.randomUUID())
                .then().statusCode(404);
        claim.customer().asCustomer().get("/api/claims/{id}", claim.id()).then()
                .body("missingRequirements", contains("CARRIER_DAMAGE_PROOF"));
    }

    @Test
    void invalidEvidenceIsABadRequestListingEachField() {
        Opened claim = open("DEFECT_REPLACEMENT", "QUALITY_PROBLEM", 0);
        claim.customer().asCustomer().body("{\"purchaseLink\":\"ftp://store.example/o/1\",\"mediaCount\":-1}")
                .patch("/api/claims/{id}", claim.id())
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("purchaseLink", "mediaCount"));
        claim.customer().asCustomer().body("{\"mediaCount\":51}").patch("/api/claims/{id}", claim.id())
                .then().statusCode(400).body("errors.field", contains("mediaCount"));
        claim.customer().asCustomer().body("{}").patch("/api/claims/{id}", claim.id())
                .then().statusCode(400).body("errors.field", contains("body"));
        claim.customer().asCustomer().body("{\"mediaCount\":\"many\"}").patch("/api/claims/{id}", claim.id())
                .then().statusCode(400).body("errors.field", contains("mediaCount"));
        claim.customer().asCustomer().patch("/api/claims/{id}", claim.id())
                .then().statusCode(400).contentType("application/problem+json");
        claim.customer().asCustomer().get("/api/claims/{id}", claim.id()).then()
                .body("missingRequirements", contains("MEDIA"))
                .body("version", equalTo(0));
    }

    // ------------------------------------------------------------------ helpers

    private record Opened(String id, Fixtures.Customer customer, String orderNumber, String deadline) {
        UUID uuid() {
            return UUID.fromString(id);
        }
    }

    /** A claim on a delivered order placed ten days ago, with {@code mediaCount} pictures. */
    private static Opened open(String requestType, String cause, int mediaCount) {
        Fixtures.Customer customer = Fixtures.newCustomer();
        String orderNumber = Fixtures.newOrderNumber();
        asService().body(Fixtures.deliveredOrder(customer, orderNumber, 10)).put("/api/orders/{n}", orderNumber)
                .then().statusCode(201);
        var opened = customer.asCustomer().body("""
                        {"orderNumber":"%s","unitId":"SN-1","requestType":"%s","cause":"%s","mediaCount":%d}
                        """.formatted(orderNumber, requestType, cause, mediaCount))
                .post("/api/claims").then().statusCode(201).extract();
        return new Opened(opened.path("id"), customer, orderNumber, opened.path("decision.option.deadline"));
    }

    private static List<ClaimHistoryEntity> history(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ClaimHistoryEntity.ofClaim(id));
    }

    private static List<String> outboxTypes(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEntity.<OutboxEntity>list("claimId = ?1 order by seq", id)
                .stream().map(row -> row.type).toList());
    }
}
