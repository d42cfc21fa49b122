package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.Fixtures;
import com.kospet.warranty.claims.persistence.OrderEntity;
import com.kospet.warranty.claims.Fixtures.OpenClaim;
import com.kospet.warranty.claims.config.MovableClock;
import com.kospet.warranty.claims.persistence.ClaimEntity;
import com.kospet.warranty.claims.persistence.ClaimHistoryEntity;
import com.kospet.warranty.claims.persistence.OutboxEntity;
import com.kospet.warranty.claims.service.IdempotentAnswers;
import com.kospet.warranty.testinfra.ClaimEventsTopic;
import com.kospet.warranty.testinfra.PerTestClass;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.kospet.warranty.claims.Fixtures.asService;
import static com.kospet.warranty.claims.Fixtures.asStaff;
import static com.kospet.warranty.testinfra.OpenApiContract.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** Idempotency-Key on opening a claim and on every action, against the real database and broker. */
@QuarkusTest
class IdempotencyApiTest {

    private static final String KEY = "Idempotency-Key";
    @RegisterExtension
    static final PerTestClass<ClaimEventsTopic> topic = PerTestClass.of(ClaimEventsTopic::ofTestKafka);

    @Inject
    MovableClock clock;

    @Inject
    IdempotentAnswers answers;

    @Test
    void aRetriedSubmissionGetsTheFirstAnswerAndOpensNoSecondClaim() throws InterruptedException {
        Fixtures.Customer customer = Fixtures.newCustomer();
        String orderNumber = order(customer);
        String key = UUID.randomUUID().toString();

        Response first = submit(customer, orderNumber, key, "DEFECT_RETURN");
        first.then().statusCode(201).header(IdempotentRequests.REPLAYED_HEADER, nullValue());
        Response retry = submit(customer, orderNumber, key, "DEFECT_RETURN");
        retry.then().statusCode(201).header(IdempotentRequests.REPLAYED_HEADER, "true")
                .contentType("application/json");

        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(json(retry)).isEqualTo(json(first));
        // Replayed as it was, to the byte: the first answer went out as it was kept.
        assertThat(retry.asString()).isEqualTo(first.asString());
        assertThat(retry.contentType()).isEqualTo(first.contentType());
        UUID id = UUID.fromString(first.path("id"));
        assertThat(claimsOn(orderNumber)).isEqualTo(1);
        assertThat(outboxEvents(id)).containsExactly("claim.submitted");
        topic.get().recordsOf(id, 1, Duration.ofSeconds(20));
        Thread.sleep(1000);
        assertThat(topic.get().recordsOf(id, 1, Duration.ofSeconds(1))).hasSize(1);
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefusedAndChangesNothing() {
        Fixtures.Customer customer = Fixtures.newCustomer();
        String orderNumber = order(customer);
        String key = UUID.randomUUID().toString();
        submit(customer, orderNumber, key, "DEFECT_RETURN").then().statusCode(201);

        submit(customer, orderNumber, key, "NO_DEFECT_RETURN").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://warranty.kospet.com/problems/idempotency-key-reused"));
        assertThat(claimsOn(orderNumber)).isEqualTo(1);
    }

    @Test
    void keysArePerCallerSoTwoCustomersMayPickTheSameOne() {
        String key = UUID.randomUUID().toString();
        Fixtures.Customer one = Fixtures.newCustomer();
        Fixtures.Customer other = Fixtures.newCustomer();
        String oneOrder = order(one);
        String otherOrder = order(other);
        String first = submit(one, oneOrder, key, "DEFECT_RETURN").then().statusCode(201).extract().path("id");
        String second = submit(other, otherOrder, key, "DEFECT_RETURN").then().statusCode(201)
                .header(IdempotentRequests.REPLAYED_HEADER, nullValue()).extract().path("id");
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void aRetriedActionGetsTheFirstAnswerWithoutASecondTransitionOrEvent() {
        OpenClaim claim = Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");
        String key = UUID.randomUUID().toString();

        Response first = asStaff().header(KEY, key).body("{\"note\":\"looks right\"}")
                .post("/api/claims/{id}/confirm", claim.id());
        first.then().statusCode(200).body("status", equalTo("AWAITING_RETURN"));
        Response retry = asStaff().header(KEY, key).body("{\"note\":\"looks right\"}")
                .post("/api/claims/{id}/confirm", claim.id());
        retry.then().statusCode(200).header(IdempotentRequests.REPLAYED_HEADER, "true");

        assertThat(json(retry)).isEqualTo(json(first));
        assertThat(history(claim)).extracting(h -> h.action).containsExactly("submit", "confirm");
        assertThat(outboxEvents(claim.uuid())).containsExactly("claim.submitted", "claim.confirmed");
        // The same key for another action, or on another claim, is another request.
        asStaff().header(KEY, key).post("/api/claims/{id}/receipt", claim.id()).then().statusCode(422)
                .body("type", equalTo("https://warranty.kospet.com/problems/idempotency-key-reused"));
    }

    @Test
    void aCustomersActionIsReplayedToo() {
        OpenClaim claim = Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");
        String key = UUID.randomUUID().toString();
        claim.customer().asCustomer().header(KEY, key).post("/api/claims/{id}/cancel", claim.id()).then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        claim.customer().asCustomer().header(KEY, key).post("/api/claims/{id}/cancel", claim.id()).then().statusCode(200)
                .header(IdempotentRequests.REPLAYED_HEADER, "true").body("status", equalTo("CANCELLED"));
        // Without the key the same request is a new one, and the state no longer allows it.
        claim.customer().asCustomer().post("/api/claims/{id}/cancel", claim.id()).then().statusCode(409);
        assertThat(outboxEvents(claim.uuid())).containsExactly("claim.submitted", "claim.cancelled");
    }

    @Test
    void aRefusedRequestIsNotKeptSoItsRetryRunsAgain() {
        OpenClaim claim = Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");
        String key = UUID.randomUUID().toString();
        claim.customer().asCustomer().header(KEY, key).body(Fixtures.returnShipment(true, true, true))
                .post("/api/claims/{id}/return-shipment", claim.id()).then().statusCode(409);
        asStaff().post("/api/claims/{id}/confirm", claim.id()).then().statusCode(200);

        claim.customer().asCustomer().header(KEY, key).body(Fixtures.returnShipment(true, true, true))
                .post("/api/claims/{id}/return-shipment", claim.id()).then().statusCode(200)
                .header(IdempotentRequests.REPLAYED_HEADER, nullValue())
                .body("status", equalTo("IN_TRANSIT"));
    }

    @Test
    void aRefusedRequestIsNotKeptSoTheClientCanRetry() {
        Fixtures.Customer customer = Fixtures.newCustomer();
        String orderNumber = Fixtures.newOrderNumber();
        asService().body(Fixtures.unshippedOrder(customer, orderNumber, 0)).put("/api/orders/{n}", orderNumber)
                .then().statusCode(201);
        // Stored "tomorrow" past the order feed's own check (UN-4): the policy refuses to judge a request made
        // before the order, which this service reports as 422 and does not keep.
        QuarkusTransaction.requiringNew().run(() -> OrderEntity.getEntityManager().createNativeQuery(
                        "update {h-schema}orders set order_date = order_date + 1 where order_number = ?1")
                .setParameter(1, orderNumber).executeUpdate());
        String key = UUID.randomUUID().toString();
        submit(customer, orderNumber, key, "CANCEL").then().statusCode(422);
        assertThat(keysStored(key)).isZero();

        asService().body(Fixtures.unshippedOrder(customer, orderNumber, 0)).put("/api/orders/{n}", orderNumber)
                .then().statusCode(200);
        submit(customer, orderNumber, key, "CANCEL").then().statusCode(201)
                .header(IdempotentRequests.REPLAYED_HEADER, nullValue());
        assertThat(keysStored(key)).isEqualTo(1);
    }

    @Test
    void ofConcurrentRequestsWithOneKeyOnlyOneOpensAClaimAndAllGetItsAnswer() throws Exception {
        Fixtures.Customer customer = Fixtures.newCustomer();
        String orderNumber = order(customer);
        String key = UUID.randomUUID().toString();
        int clients = 6;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Response> responses = new ArrayList<>();
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                calls.add(() -> submit(customer, orderNumber, key, "DEFECT_RETURN"));
            }
            for (Future<Response> result : pool.invokeAll(calls)) {
                responses.add(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(responses).extracting(Response::statusCode).containsOnly(201);
        assertThat(responses).extracting(r -> r.<String>path("id")).containsOnly(responses.get(0).<String>path("id"));
        assertThat(responses).extracting(r -> r.header("Location")).containsOnly(responses.get(0).header("Location"));
        assertThat(claimsOn(orderNumber)).isEqualTo(1);
        assertThat(outboxEvents(UUID.fromString(responses.get(0).path("id")))).containsExactly("claim.submitted");
    }

    @Test
    void aKeyPastItsRetentionIsANewRequestAndThePurgeForgetsIt() {
        Fixtures.Customer customer = Fixtures.newCustomer();
        String orderNumber = order(customer);
        String key = UUID.randomUUID().toString();
        String first = submit(customer, orderNumber, key, "DEFECT_RETURN").then().statusCode(201).extract().path("id");
        withdraw(customer, first); // UN-1: one open claim per unit
        String unused = UUID.randomUUID().toString();
        withdraw(customer, submit(customer, orderNumber, unused, "DEFECT_RETURN").then().statusCode(201).extract().path("id"));

        clock.setTo(java.time.Instant.now().plus(Duration.ofHours(23)));
        submit(customer, orderNumber, key, "DEFECT_RETURN").then().statusCode(201)
                .header(IdempotentRequests.REPLAYED_HEADER, "true").body("id", equalTo(first));

        clock.setTo(java.time.Instant.now().plus(Duration.ofHours(24).plusMinutes(1)));
        String second = submit(customer, orderNumber, key, "DEFECT_RETURN").then().statusCode(201)
                .header(IdempotentRequests.REPLAYED_HEADER, nullValue()).extract().path("id");
        assertThat(second).isNotEqualTo(first);
        assertThat(claimsOn(orderNumber)).isEqualTo(3);

        assertThat(keysStored(unused)).isEqualTo(1);
        assertThat(answers.purgeExpired()).isPositive();
        assertThat(keysStored(unused)).isZero();
        assertThat(keysStored(key)).as("the key used again after expiry is fresh").isEqualTo(1);
    }

    @Test
    void anInvalidKeyIsABadRequestAndNothingIsOpened() {
        Fixtures.Customer customer = Fixtures.newCustomer();
        String orderNumber = order(customer);
        for (String invalid : List.of("", "   ", "a".repeat(256), "two words")) {
            submit(customer, orderNumber, invalid, "DEFECT_RETURN").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem(KEY));
        }
        submit(customer, orderNumber, "a".repeat(255), "DEFECT_RETURN").then().statusCode(201);
        OpenClaim claim = Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");
        asStaff().header(KEY, " ").post("/api/claims/{id}/confirm", claim.id()).then().statusCode(400)
                .body("errors.field", hasItem(KEY));
        assertThat(claimsOn(orderNumber)).isEqualTo(1);
        assertThat(history(claim)).hasSize(1);
    }

    @Test
    void openApiDocumentsTheHeaderOnEveryEndpointThatHonoursIt() {
        JsonPath api = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = api.getMap("paths");
        List<String> posts = paths.entrySet().stream()
                .filter(path -> path.getKey().startsWith("/api/claims") && path.getValue().containsKey("post"))
                // An evidence upload needs no key: the same file sent again is answered with the evidence held.
                .filter(path -> !path.getKey().endsWith("/evidence"))
                .map(Map.Entry::getKey).toList();
        assertThat(posts).contains("/api/claims", "/api/claims/{id}/confirm", "/api/claims/{id}/cancel").hasSize(11);
        for (String path : posts) {
            List<String> headers = api.getList("paths.'" + path + "'.post.parameters.findAll { it.'in' == 'header' }.name");
            assertThat(headers).as(path).contains(KEY);
        }
        assertThat(api.getList("paths.'/api/claims/{id}'.patch.parameters.findAll { it.'in' == 'header' }.name", String.class))
                .contains(KEY);
    }

    // ------------------------------------------------------------------ helpers

    private static String order(Fixtures.Customer customer) {
        String orderNumber = Fixtures.newOrderNumber();
        asService().body(Fixtures.deliveredOrder(customer, orderNumber, 10)).put("/api/orders/{n}", orderNumber)
                .then().statusCode(201);
        return orderNumber;
    }

    private static Response submit(Fixtures.Customer customer, String orderNumber, String key, String requestType) {
        String cause = switch (requestType) {
            case "NO_DEFECT_RETURN", "CANCEL" -> "NONE";
            default -> "QUALITY_PROBLEM";
        };
        return customer.asCustomer().header(KEY, key).body(Fixtures.claim(orderNumber, requestType, cause))
                .post("/api/claims");
    }

    private static Object json(Response response) {
        return response.jsonPath().get("$");
    }

    private static long claimsOn(String orderNumber) {
        return QuarkusTransaction.requiringNew().call(() -> ClaimEntity.count("orderNumber", orderNumber));
    }

    private static List<String> outboxEvents(UUID claimId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEntity.<OutboxEntity>list("claimId = ?1 order by seq", claimId)
                .stream().map(row -> row.type).toList());
    }

    private static List<ClaimHistoryEntity> history(OpenClaim claim) {
        return QuarkusTransaction.requiringNew().call(() -> ClaimHistoryEntity.ofClaim(claim.uuid()));
    }

    private static long keysStored(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) ClaimEntity.getEntityManager()
                .createNativeQuery("select count(*) from {h-schema}idempotency_keys where key = ?1")
                .setParameter(1, key).getSingleResult()).longValue());
    }

    private static void withdraw(Fixtures.Customer customer, String claimId) {
        customer.asCustomer().post("/api/claims/{id}/cancel", claimId).then().statusCode(200);
    }
}
