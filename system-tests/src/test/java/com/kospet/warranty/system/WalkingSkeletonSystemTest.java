package com.kospet.warranty.system;

import com.kospet.warranty.model.event.ClaimEvent;
import com.kospet.warranty.model.event.ClaimEventType;
import com.kospet.warranty.stack.MailCatcher;
import com.kospet.warranty.stack.Stack;
import com.kospet.warranty.testinfra.ClaimEventsTopic;
import com.kospet.warranty.testinfra.TestTokens;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** The storefront's path through all three services, as separate processes on real infrastructure. */
@ExtendWith(RunningSystem.class)
class WalkingSkeletonSystemTest {

    @Test
    void aClaimOpenedOverHttpIsStoredPublishedAsACloudEventAndAcknowledgedByMail() {
        Stack stack = RunningSystem.stack();
        String claims = stack.service("claims-service").baseUri().toString();
        String customerId = "c-" + UUID.randomUUID();
        String email = customerId + "@example.com";
        String orderNumber = "KP-" + System.nanoTime();
        LocalDate ordered = LocalDate.now().minusDays(12);

        // The order system reports the order.
        given().baseUri(claims).auth().oauth2(TestTokens.service("order-system")).contentType(ContentType.JSON)
                .body("""
                        {"customerId":"%s","customerEmail":"%s","channel":"OFFICIAL_STORE",
                         "orderDate":"%s","maxEstimatedDeliveryDate":"%s","shippedDate":"%s","deliveredDate":"%s",
                         "currency":"USD","purchaseLink":"https://store.example/orders/%s",
                         "items":[{"unitId":"SN-1","productModel":"TANK T3","price":"199.00","shippingCost":"12.00"}]}
                        """.formatted(customerId, email, ordered, ordered.plusDays(10), ordered.plusDays(1),
                        ordered.plusDays(7), orderNumber))
                .put("/api/orders/{n}", orderNumber)
                .then().statusCode(201);

        // The customer opens a claim in the storefront.
        String id = given().baseUri(claims).auth().oauth2(TestTokens.customer(customerId, email)).contentType(ContentType.JSON)
                .body("""
                        {"orderNumber":"%s","unitId":"SN-1","requestType":"DEFECT_RETURN","cause":"QUALITY_PROBLEM",
                         "description":"Stopped charging.","mediaCount":1,"contact":{"name":"Ada","locale":"en"}}
                        """.formatted(orderNumber))
                .post("/api/claims")
                .then().statusCode(201)
                .body("status", equalTo("AWAITING_CONFIRMATION"))
                .body("decision.status", equalTo("ELIGIBLE"))
                .body("decision.policyVersion", equalTo("2024-01"))
                .extract().path("id");

        // It is stored ...
        given().baseUri(claims).auth().oauth2(TestTokens.customer(customerId, email))
                .get("/api/claims/{id}", id)
                .then().statusCode(200).body("orderNumber", equalTo(orderNumber)).body("money.refund.amount", equalTo("199.00"));

        // ... published to claims.events as a CloudEvent keyed by the claim ...
        try (ClaimEventsTopic topic = new ClaimEventsTopic(stack.kafka().bootstrapServers())) {
            List<ConsumerRecord<String, byte[]>> records = topic.recordsOf(UUID.fromString(id), 1, Duration.ofSeconds(60));
            String json = new String(records.get(0).value(), StandardCharsets.UTF_8);
            assertThat(json).contains("\"specversion\":\"1.0\"", "\"type\":\"claim.submitted\"",
                    "\"source\":\"" + ClaimEvent.SOURCE + "\"", "\"subject\":\"" + id + "\"");
            assertThat(topic.eventsOf(UUID.fromString(id), 1, Duration.ofSeconds(1)).get(0).type())
                    .isEqualTo(ClaimEventType.SUBMITTED);
        }

        // ... and the customer got the acknowledgement through SMTP.
        await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo(stack, email).size() == 1);
        MailCatcher.CaughtMail mail = mailsTo(stack, email).get(0);
        assertThat(mail.subject()).isEqualTo("We received your request " + id.substring(0, 8).toUpperCase());
        assertThat(mail.body()).contains(orderNumber);

        // Staff can see what was sent.
        given().baseUri(stack.service("notification-service").baseUri().toString())
                .auth().oauth2(TestTokens.staff("agent-1"))
                .get("/api/notifications?claimId={id}", id)
                .then().statusCode(200).body("[0].status", equalTo("SENT"));
    }

    private static List<MailCatcher.CaughtMail> mailsTo(Stack stack, String email) {
        return stack.mail().messages().stream().filter(m -> m.to().contains(email)).toList();
    }
}
