package com.kospet.warranty.notifications;

import com.kospet.warranty.model.ClaimStatus;
import com.kospet.warranty.model.event.ClaimEventType;
import com.kospet.warranty.testinfra.PerTestClass;
import com.kospet.warranty.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.kospet.warranty.notifications.TestEvents.awaitMailsTo;
import static com.kospet.warranty.notifications.TestEvents.publish;
import static com.kospet.warranty.testinfra.OpenApiContract.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** GET /api/me/notifications: the storefront's account page asking what was sent to the customer. */
@QuarkusTest
class CustomerNotificationApiTest {

    @RegisterExtension
    static final PerTestClass<KafkaCompanion> kafka = PerTestClass.of(TestEvents::kafka);

    @Inject
    TestClock clock;

    @Test
    void aCustomerSeesTheMailSentToThemAboutEachOfTheirClaimsNewestFirst() {
        String customer = "customer-" + UUID.randomUUID();
        TestEvents.Claim first = claimOf(customer);
        TestEvents.Claim second = claimOf(customer);

        submitAndAwaitMail(first);
        submitAndAwaitMail(second);
        first.status = ClaimStatus.CANCELLED;
        publish(kafka.get(), first.event(ClaimEventType.CANCELLED, clock.instant()));
        awaitMailsTo(first.email, 2);

        List<Map<String, Object>> items = awaitItems(customer, 3);
        assertThat(items).extracting(item -> item.get("kind"), item -> item.get("claimId"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("claim-cancelled", first.id.toString()),
                        org.assertj.core.groups.Tuple.tuple("claim-submitted", second.id.toString()),
                        org.assertj.core.groups.Tuple.tuple("claim-submitted", first.id.toString()));
        Map<String, Object> acknowledgement = items.get(2);
        assertThat(acknowledgement).containsOnlyKeys("claimId", "kind", "subject", "status", "dueAt", "sentAt")
                .containsEntry("subject", "We received your request " + first.reference());
        await().atMost(Duration.ofSeconds(10)).until(() -> awaitItems(customer, 3).stream()
                .allMatch(item -> "SENT".equals(item.get("status")) && item.get("sentAt") != null));
    }

    @Test
    void staffAlertsAboutTheCustomersClaimAreNotTheCustomersMail() {
        TestEvents.Claim claim = claimOf("customer-" + UUID.randomUUID());
        submitAndAwaitMail(claim);
        // The submission also planned the SLA alert to staff (WF-6: confirmation within 24 h).
        List<Map<String, Object>> staffView = given().auth().oauth2(TestTokens.staff("agent-1"))
                .get("/api/notifications?claimId={id}", claim.id)
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(staffView).extracting(mail -> mail.get("kind")).contains("unconfirmed-alert");

        List<Map<String, Object>> items = awaitItems(claim.customerId, 1);
        assertThat(items).extracting(item -> item.get("kind")).containsExactly("claim-submitted");
        String body = page(claim.customerId, claim.email, "").extract().asString();
        assertThat(body).doesNotContain(claim.email).doesNotContain("warranty-staff").doesNotContain("recipient");
    }

    @Test
    void aCustomerNeverSeesAnotherCustomersMailNotEvenByGuessingTheirClaimOrCarryingTheirAddress() {
        TestEvents.Claim theirs = claimOf("customer-" + UUID.randomUUID());
        submitAndAwaitMail(theirs);
        awaitItems(theirs.customerId, 1);
        String someoneElse = "customer-" + UUID.randomUUID();

        given().auth().oauth2(TestTokens.customer(someoneElse, someoneElse + "@example.com"))
                .get("/api/me/notifications")
                .then().statusCode(200).body("items", empty()).body("nextCursor", nullValue());
        given().auth().oauth2(TestTokens.customer(someoneElse, someoneElse + "@example.com"))
                .get("/api/me/notifications?claimId={id}", theirs.id)
                .then().statusCode(200).body("items", empty());
        // The address alone proves nothing: the token's subject says who the caller is.
        given().auth().oauth2(TestTokens.customer(someoneElse, theirs.email))
                .get("/api/me/notifications?claimId={id}", theirs.id)
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void aCustomerMayNarrowTheirMailToOneClaim() {
        String customer = "customer-" + UUID.randomUUID();
        TestEvents.Claim first = claimOf(customer);
        TestEvents.Claim second = claimOf(customer);
        submitAndAwaitMail(first);
        submitAndAwaitMail(second);
        awaitItems(customer, 2);

        given().auth().oauth2(TestTokens.customer(customer, first.email))
                .get("/api/me/notifications?claimId={id}", second.id)
                .then().statusCode(200)
                .body("items.claimId", equalTo(List.of(second.id.toString())));
    }

    @Test
    void pagesFollowOneAnotherWithoutRepeatingOrSkippingAMail() {
        String customer = "customer-" + UUID.randomUUID();
        List<String> claimIds = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            TestEvents.Claim claim = claimOf(customer);
            submitAndAwaitMail(claim);
            claimIds.add(0, claim.id.toString());
        }
        assertThat(awaitItems(customer, 5)).extracting(item -> item.get("claimId")).containsExactlyElementsOf(claimIds);

        List<Object> paged = new ArrayList<>();
        String cursor = "";
        int pages = 0;
        do {
            JsonPath page = page(customer, customer + "@example.com", "?limit=2&cursor=" + cursor).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            assertThat(items).hasSizeLessThanOrEqualTo(2);
            items.forEach(item -> paged.add(item.get("claimId")));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(paged).containsExactlyElementsOf(claimIds);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void onlyACustomerWithAValidTokenMayAsk() {
        given().get("/api/me/notifications").then().statusCode(401);
        given().auth().oauth2("not-a-token").get("/api/me/notifications").then().statusCode(401);
        given().auth().oauth2(TestTokens.staff("agent-1")).get("/api/me/notifications").then().statusCode(403);
        given().auth().oauth2(TestTokens.service("payment-system")).get("/api/me/notifications").then().statusCode(403);
    }

    @Test
    void aLimitCursorOrClaimIdThatCannotBeReadIsABadRequestNamingIt() {
        String token = TestTokens.customer("c-2", "c-2@example.com");
        for (String[] bad : new String[][]{{"limit=0", "limit"}, {"limit=201", "limit"}, {"limit=many", "limit"},
                {"cursor=not-ours", "cursor"}, {"cursor=MjAyNi0wMS0wMVQwMDowMDowMFp8eA", "cursor"}, {"cursor=KzEwMDAwMDAtMDEtMDFUMDA6MDA6MDBafDE", "cursor"}, {"claimId=42", "claimId"}}) {
            given().auth().oauth2(token).get("/api/me/notifications?" + bad[0])
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(bad[1]));
        }
    }

    private static TestEvents.Claim claimOf(String customerId) {
        TestEvents.Claim claim = new TestEvents.Claim();
        claim.customerId = customerId;
        return claim;
    }

    /** Publishes the claim's submission, waits for its mail, and moves the clock on so the next mail is later. */
    private void submitAndAwaitMail(TestEvents.Claim claim) {
        publish(kafka.get(), claim.event(ClaimEventType.SUBMITTED, clock.instant()));
        awaitMailsTo(claim.email, 1);
        clock.advance(Duration.ofMinutes(1));
    }

    private static List<Map<String, Object>> awaitItems(String customer, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> items(customer).size() >= count);
        return items(customer);
    }

    private static List<Map<String, Object>> items(String customer) {
        return page(customer, customer + "@example.com", "").extract().jsonPath().getList("items");
    }

    private static io.restassured.response.ValidatableResponse page(String customer, String email, String query) {
        return given().auth().oauth2(TestTokens.customer(customer, email))
                .get("/api/me/notifications" + query)
                .then().statusCode(200);
    }
}
