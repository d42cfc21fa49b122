package com.kospet.warranty.system;

import com.kospet.warranty.model.event.ClaimEvent;
import com.kospet.warranty.model.event.ClaimEventType;
import com.kospet.warranty.stack.MailCatcher;
import com.kospet.warranty.stack.Stack;
import com.kospet.warranty.testinfra.ClaimEventsTopic;
import com.kospet.warranty.testinfra.OpenApiContract;
import com.kospet.warranty.testinfra.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** One customer's order and claim in the running system, and the calls each party makes on it over HTTP. */
record ClaimJourney(Stack stack, String customerId, String email, String name, String orderNumber, String id) {

    static ClaimJourney open(String requestType, String cause) {
        Stack stack = RunningSystem.stack();
        String customerId = "c-" + UUID.randomUUID();
        String email = customerId + "@example.com";
        String name = "Ada Quill " + customerId.substring(2, 10);
        String orderNumber = "KP-" + System.nanoTime();
        putOrder(stack, customerId, email, orderNumber, LocalDate.now().minusDays(12));
        String id = OpenApiContract.given(claimsUri(stack)).auth().oauth2(TestTokens.customer(customerId, email))
                .contentType(ContentType.JSON)
                .body("""
                        {"orderNumber":"%s","unitId":"SN-1","requestType":"%s","cause":"%s",
                         "description":"The watch does not work as it should.","mediaCount":2,
                         "contact":{"name":"%s","locale":"en"}}
                        """.formatted(orderNumber, requestType, cause, name))
                .post("/api/claims")
                .then().statusCode(201)
                .body("status", equalTo("AWAITING_CONFIRMATION"))
                .body("requestType", equalTo(requestType))
                .extract().path("id");
        return new ClaimJourney(stack, customerId, email, name, orderNumber, id);
    }

    /** The order system reports an official-store order of one unit "SN-1", shipped a day and delivered a week after {@code ordered}. */
    static void putOrder(Stack stack, String customerId, String email, String orderNumber, LocalDate ordered) {
        OpenApiContract.given(claimsUri(stack)).auth().oauth2(TestTokens.service("order-system")).contentType(ContentType.JSON)
                .body("""
                        {"customerId":"%s","customerEmail":"%s","channel":"OFFICIAL_STORE",
                         "orderDate":"%s","maxEstimatedDeliveryDate":"%s","shippedDate":"%s","deliveredDate":"%s",
                         "currency":"USD","purchaseLink":"https://store.example/orders/%s",
                         "items":[{"unitId":"SN-1","productModel":"TANK T3","price":"199.00","shippingCost":"12.00"}]}
                        """.formatted(customerId, email, ordered, ordered.plusDays(10), ordered.plusDays(1),
                        ordered.plusDays(7), orderNumber))
                .put("/api/orders/{n}", orderNumber)
                .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
    }

    ValidatableResponse staff(String action, String body) {
        return as(TestTokens.staff("agent-7"), action, body);
    }

    ValidatableResponse customer(String action, String body) {
        return as(TestTokens.customer(customerId, email), action, body);
    }

    ValidatableResponse as(String token, String action, String body) {
        RequestSpecification request = OpenApiContract.given(claimsUri(stack)).auth().oauth2(token).contentType(ContentType.JSON);
        if (body != null) {
            request = request.body(body);
        }
        return request.post("/api/claims/{id}/" + action, id).then().statusCode(200);
    }

    ValidatableResponse get() {
        return OpenApiContract.given(claimsUri(stack)).auth().oauth2(TestTokens.customer(customerId, email))
                .get("/api/claims/{id}", id).then().statusCode(200);
    }

    /** The short reference mails quote: the claim id's first eight characters. */
    String reference() {
        return id.substring(0, 8).toUpperCase();
    }

    void assertHistory(String... actions) {
        OpenApiContract.given(claimsUri(stack)).auth().oauth2(TestTokens.customer(customerId, email))
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
