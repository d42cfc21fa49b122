package com.kospet.warranty.system;

import com.kospet.warranty.model.event.ClaimEvent;
import com.kospet.warranty.model.event.ClaimEventType;
import com.kospet.warranty.stack.MailCatcher;
import com.kospet.warranty.stack.Stack;
import com.kospet.warranty.testinfra.ClaimEventsTopic;
import com.kospet.warranty.testinfra.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * Whole claims, from the storefront's submission to CLOSED, driven only through the services' HTTP APIs
 * as the storefront, the staff tool and the payment system would: each journey's events reach
 * {@code claims.events} in order, and the customer hears of every step that concerns them by mail.
 */
@ExtendWith(RunningSystem.class)
class ClaimJourneysSystemTest {

    private static final String STAFF = TestTokens.staff("agent-7");
    private static final String PAYMENT_SYSTEM = TestTokens.service("payment-system");

    @Test
    void aDefectReplacementGoesFromSubmissionThroughInspectionToANewUnitAndIsClosed() {
        Journey claim = Journey.open("DEFECT_REPLACEMENT", "QUALITY_PROBLEM");
        claim.staff("confirm", "{\"note\":\"screen defect visible on the video\"}")
                .body("status", equalTo("AWAITING_RETURN")).body("deadlines.shipBackBy", notNullValue());
        claim.customer("return-shipment", """
                {"carrier":"UPS","trackingNumber":"1Z999AA10123456784","dataBackedUp":true,"simRemoved":true,"factoryReset":true}""")
                .body("status", equalTo("IN_TRANSIT"));
        claim.staff("receipt", null).body("status", equalTo("RECEIVED"));
        claim.staff("inspection", "{\"outcome\":\"DEFECT_CONFIRMED\"}").body("status", equalTo("APPROVED"));
        claim.staff("replacement-shipment", "{\"carrier\":\"DHL\",\"trackingNumber\":\"JD014600003\"}")
                .body("status", equalTo("REPLACEMENT_SHIPPED"))
                .body("deadlines.deliveryEstimateFrom", notNullValue())
                .body("deadlines.deliveryEstimateTo", notNullValue());
        claim.staff("close", null).body("status", equalTo("CLOSED")).body("openDeadline", nullValue());

        claim.assertHistory("submit", "confirm", "return-shipment", "receipt", "inspection", "replacement-shipment", "close");
        claim.assertEvents(ClaimEventType.SUBMITTED, ClaimEventType.CONFIRMED, ClaimEventType.RETURN_REGISTERED,
                ClaimEventType.RECEIVED, ClaimEventType.INSPECTED, ClaimEventType.REPLACEMENT_SHIPPED, ClaimEventType.CLOSED);
        claim.assertMails("We received your request " + claim.reference(),
                "Your request " + claim.reference() + " is confirmed",
                "Your replacement for request " + claim.reference() + " is on its way");
        assertThat(claim.mail("is on its way").body()).contains("DHL", "JD014600003");
    }

    @Test
    void aNoDefectReturnIsShippedBackRefundedLessDepreciationAndShippingAndClosed() {
        Journey claim = Journey.open("NO_DEFECT_RETURN", "NONE");
        claim.staff("confirm", null).body("status", equalTo("AWAITING_RETURN"));
        claim.customer("return-shipment", """
                {"carrier":"USPS","trackingNumber":"9400111899223344556677","dataBackedUp":true,"simRemoved":true,"factoryReset":true}""")
                .body("status", equalTo("IN_TRANSIT"));
        claim.staff("receipt", null).body("status", equalTo("RECEIVED"));
        // A unit without defects is what a no-defect return expects to find.
        claim.staff("inspection", "{\"outcome\":\"NO_DEFECT_FOUND\"}").body("status", equalTo("APPROVED"));
        claim.staff("refund", null).body("status", equalTo("REFUNDED"));
        claim.staff("close", null).body("status", equalTo("CLOSED"));

        // ND-2: 199.00 less 70 % depreciation (139.30) and the outbound shipping (12.00).
        claim.get().body("money.refund.amount", equalTo("47.70")).body("money.depreciation.amount", equalTo("139.30"))
                .body("money.refund.currency", equalTo("USD"));
        claim.assertHistory("submit", "confirm", "return-shipment", "receipt", "inspection", "refund", "close");
        claim.assertEvents(ClaimEventType.SUBMITTED, ClaimEventType.CONFIRMED, ClaimEventType.RETURN_REGISTERED,
                ClaimEventType.RECEIVED, ClaimEventType.INSPECTED, ClaimEventType.REFUNDED, ClaimEventType.CLOSED);
        claim.assertMails("We received your request " + claim.reference(),
                "Your request " + claim.reference() + " is confirmed",
                "Your refund for request " + claim.reference());
        assertThat(claim.mail("Your refund").body()).contains("47.70");
    }

    @Test
    void aWorryFreeReplacementIsConfirmedWithItsPriceDifferencePaidAfterReceiptShippedAndClosed() {
        Journey claim = Journey.open("WORRY_FREE_REPLACEMENT", "BROKEN");
        claim.staff("confirm", "{\"priceDifference\":\"24.00\",\"customerShipping\":\"9.50\"}")
                .body("status", equalTo("AWAITING_RETURN"))
                .body("money.priceDifference.amount", equalTo("24.00"));
        claim.customer("return-shipment", """
                {"carrier":"UPS","trackingNumber":"1Z999AA10123456785","dataBackedUp":true,"simRemoved":true,"factoryReset":true}""")
                .body("status", equalTo("IN_TRANSIT"));
        claim.staff("receipt", null).body("status", equalTo("PAYMENT_DUE")).body("deadlines.paymentDueBy", notNullValue());
        claim.as(PAYMENT_SYSTEM, "payment", "{\"reference\":\"pay-9031\"}")
                .body("status", equalTo("APPROVED")).body("deadlines.shipReplacementBy", notNullValue());
        claim.staff("replacement-shipment", "{\"carrier\":\"DHL\",\"trackingNumber\":\"JD014600004\"}")
                .body("status", equalTo("REPLACEMENT_SHIPPED"));
        claim.staff("close", null).body("status", equalTo("CLOSED"));

        claim.assertHistory("submit", "confirm", "return-shipment", "receipt", "payment", "replacement-shipment", "close");
        claim.assertEvents(ClaimEventType.SUBMITTED, ClaimEventType.CONFIRMED, ClaimEventType.RETURN_REGISTERED,
                ClaimEventType.PAYMENT_DUE, ClaimEventType.PAID, ClaimEventType.REPLACEMENT_SHIPPED, ClaimEventType.CLOSED);
        claim.assertMails("We received your request " + claim.reference(),
                "Your request " + claim.reference() + " is confirmed",
                "Please pay the price difference for your request " + claim.reference(),
                "Your replacement for request " + claim.reference() + " is on its way");
        assertThat(claim.mail("Please pay").body()).contains("24.00");
    }

    /** One customer's order and claim, and the calls each party makes on it. */
    private record Journey(Stack stack, String customerId, String email, String orderNumber, String id) {

        static Journey open(String requestType, String cause) {
            Stack stack = RunningSystem.stack();
            String customerId = "c-" + UUID.randomUUID();
            String email = customerId + "@example.com";
            String orderNumber = "KP-" + System.nanoTime();
            LocalDate ordered = LocalDate.now().minusDays(12);
            given().baseUri(claimsUri(stack)).auth().oauth2(TestTokens.service("order-system")).contentType(ContentType.JSON)
                    .body("""
                            {"customerId":"%s","customerEmail":"%s","channel":"OFFICIAL_STORE",
                             "orderDate":"%s","maxEstimatedDeliveryDate":"%s","shippedDate":"%s","deliveredDate":"%s",
                             "currency":"USD","purchaseLink":"https://store.example/orders/%s",
                             "items":[{"unitId":"SN-1","productModel":"TANK T3","price":"199.00","shippingCost":"12.00"}]}
                            """.formatted(customerId, email, ordered, ordered.plusDays(10), ordered.plusDays(1),
                            ordered.plusDays(7), orderNumber))
                    .put("/api/orders/{n}", orderNumber)
                    .then().statusCode(201);
            String id = given().baseUri(claimsUri(stack)).auth().oauth2(TestTokens.customer(customerId, email))
                    .contentType(ContentType.JSON)
                    .body("""
                            {"orderNumber":"%s","unitId":"SN-1","requestType":"%s","cause":"%s",
                             "description":"The watch does not work as it should.","mediaCount":2,
                             "contact":{"name":"Ada","locale":"en"}}
                            """.formatted(orderNumber, requestType, cause))
                    .post("/api/claims")
                    .then().statusCode(201)
                    .body("status", equalTo("AWAITING_CONFIRMATION"))
                    .body("requestType", equalTo(requestType))
                    .extract().path("id");
            return new Journey(stack, customerId, email, orderNumber, id);
        }

        ValidatableResponse staff(String action, String body) {
            return as(STAFF, action, body);
        }

        ValidatableResponse customer(String action, String body) {
            return as(TestTokens.customer(customerId, email), action, body);
        }

        ValidatableResponse as(String token, String action, String body) {
            RequestSpecification request = given().baseUri(claimsUri(stack)).auth().oauth2(token).contentType(ContentType.JSON);
            if (body != null) {
                request = request.body(body);
            }
            return request.post("/api/claims/{id}/" + action, id).then().statusCode(200);
        }

        ValidatableResponse get() {
            return given().baseUri(claimsUri(stack)).auth().oauth2(TestTokens.customer(customerId, email))
                    .get("/api/claims/{id}", id).then().statusCode(200);
        }

        /** The short reference mails quote: the claim id's first eight characters. */
        String reference() {
            return id.substring(0, 8).toUpperCase();
        }

        void assertHistory(String... actions) {
            given().baseUri(claimsUri(stack)).auth().oauth2(TestTokens.customer(customerId, email))
                    .get("/api/claims/{id}/history", id)
                    .then().statusCode(200).body("action", contains(actions));
        }

        void assertEvents(ClaimEventType... types) {
            try (ClaimEventsTopic topic = new ClaimEventsTopic(stack.kafka().bootstrapServers())) {
                List<ClaimEvent> events = topic.eventsOf(UUID.fromString(id), types.length, Duration.ofSeconds(60));
                assertThat(events).extracting(ClaimEvent::type).containsExactly(types);
                assertThat(events).extracting(ClaimEvent::id).doesNotHaveDuplicates();
            }
        }

        /** The customer received exactly these mails, each once. */
        void assertMails(String... subjects) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(mails()).extracting(MailCatcher.CaughtMail::subject).containsExactlyInAnyOrder(subjects));
        }

        MailCatcher.CaughtMail mail(String subjectPart) {
            return mails().stream().filter(m -> m.subject().contains(subjectPart)).findFirst().orElseThrow();
        }

        private List<MailCatcher.CaughtMail> mails() {
            return stack.mail().messages().stream().filter(m -> m.to().contains(email)).toList();
        }

        private static String claimsUri(Stack stack) {
            return stack.service("claims-service").baseUri().toString();
        }
    }
}
