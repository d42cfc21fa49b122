package com.kospet.warranty.system;

import com.kospet.warranty.model.event.ClaimEvent;
import com.kospet.warranty.model.event.ClaimEventType;
import com.kospet.warranty.testinfra.ClaimEventsTopic;
import com.kospet.warranty.testinfra.OpenApiContract;
import com.kospet.warranty.testinfra.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The storefront's path through all three services, as separate processes on real infrastructure. */
@ExtendWith(RunningSystem.class)
class WalkingSkeletonSystemTest {

    @Test
    void aClaimOpenedOverHttpIsStoredPublishedAsACloudEventAndAcknowledgedByMail() {
        // The order system reports the order and the customer opens a claim in the storefront.
        ClaimJourney claim = ClaimJourney.open("DEFECT_RETURN", "QUALITY_PROBLEM");

        // It is stored with the policy's decision ...
        claim.get()
                .body("orderNumber", equalTo(claim.orderNumber()))
                .body("decision.status", equalTo("ELIGIBLE"))
                .body("decision.policyVersion", equalTo("2024-01"))
                .body("money.refund.amount", equalTo("199.00"));

        // ... published to claims.events as a CloudEvent keyed by the claim ...
        try (ClaimEventsTopic topic = new ClaimEventsTopic(claim.stack().kafka().bootstrapServers())) {
            List<ConsumerRecord<String, byte[]>> records = topic.recordsOf(UUID.fromString(claim.id()), 1, Duration.ofSeconds(60));
            assertThat(records.get(0).key()).isEqualTo(claim.id());
            String json = new String(records.get(0).value(), StandardCharsets.UTF_8);
            assertThat(json).contains("\"specversion\":\"1.0\"", "\"type\":\"claim.submitted\"",
                    "\"source\":\"" + ClaimEvent.SOURCE + "\"", "\"subject\":\"" + claim.id() + "\"");
            assertThat(topic.eventsOf(UUID.fromString(claim.id()), 1, Duration.ofSeconds(1)).get(0).type())
                    .isEqualTo(ClaimEventType.SUBMITTED);
        }

        // ... and the customer got the acknowledgement through SMTP.
        claim.assertMails("We received your request " + claim.reference());
        assertThat(claim.mail("We received").body()).contains(claim.orderNumber());

        // Staff can see what was sent.
        OpenApiContract.given(claim.stack().service("notification-service").baseUri().toString())
                .auth().oauth2(TestTokens.staff("agent-1"))
                .get("/api/notifications?claimId={id}", claim.id())
                .then().statusCode(200).body("[0].status", equalTo("SENT"));
    }
}
