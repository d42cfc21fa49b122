package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.Fixtures;
import com.kospet.warranty.model.ClaimStatus;
import com.kospet.warranty.model.event.ClaimEvent;
import com.kospet.warranty.model.event.ClaimEventType;
import com.kospet.warranty.testinfra.ClaimEventsTopic;
import com.kospet.warranty.testinfra.PerTestClass;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static com.kospet.warranty.claims.Fixtures.asService;
import static com.kospet.warranty.testinfra.OpenApiContract.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ClaimSubmissionTest {

    @RegisterExtension
    static final PerTestClass<ClaimEventsTopic> topic = PerTestClass.of(ClaimEventsTopic::ofTestKafka);

    @Test
    void aCustomerOpensAClaimOnTheirOrderAndItIsStoredWithItsDecisionAndPublished() {
        Fixtures.Customer customer = Fixtures.newCustomer();
        String orderNumber = Fixtures.newOrderNumber();
        asService().body(Fixtures.deliveredOrder(customer, orderNumber, 10))
                .put("/api/orders/{n}", orderNumber).then().statusCode(201);

        String id = customer.asCustomer().body(Fixtures.claim(orderNumber, "DEFECT_RETURN", "QUALITY_PROBLEM"))
                .post("/api/claims")
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("status", equalTo("AWAITING_CONFIRMATION"))
                .body("requestType", equalTo("DEFECT_RETURN"))
                .body("decision.policyVersion", equalTo("2024-01"))
                .body("decision.status", equalTo("ELIGIBLE"))
                .body("money.refund.amount", equalTo("199.00"))
                .body("deadlines.confirmBy", notNullValue())
                .extract().path("id");

        customer.asCustomer().get("/api/claims/{id}", id).then().statusCode(200)
                .body("id", equalTo(id)).body("orderNumber", equalTo(orderNumber));

        List<ConsumerRecord<String, byte[]>> records = topic.get().recordsOf(UUID.fromString(id), 1, Duration.ofSeconds(20));
        String json = new String(records.get(0).value(), StandardCharsets.UTF_8);
        assertThat(json).contains("\"specversion\":\"1.0\"", "\"type\":\"claim.submitted\"", "\"subject\":\"" + id + "\"");
        ClaimEvent event = topic.get().eventsOf(UUID.fromString(id), 1, Duration.ofSeconds(1)).get(0);
        assertThat(event.type()).isEqualTo(ClaimEventType.SUBMITTED);
        assertThat(event.data().status()).isEqualTo(ClaimStatus.AWAITING_CONFIRMATION);
        assertThat(event.data().customer().email()).isEqualTo(customer.email());
        assertThat(event.data().money().refund().amount()).isEqualByComparingTo("199.00");
    }

    @Test
    void theAnswerToASubmissionIsTheClaimAsEveryLaterReadShowsIt() {
        // The answer is built from the decision as the policy gave it, a later read from the JSON stored: both must
        // tell the customer the same figures, deadlines and requirements, to the character.
        for (String[] request : List.of(new String[] {"DEFECT_RETURN", "QUALITY_PROBLEM"},
                new String[] {"DEFECT_REPLACEMENT", "QUALITY_PROBLEM"}, new String[] {"NO_DEFECT_RETURN", "NONE"},
                new String[] {"WORRY_FREE_REPLACEMENT", "BROKEN"}, new String[] {"CANCEL", "NONE"})) {
            Fixtures.Customer customer = Fixtures.newCustomer();
            String orderNumber = Fixtures.newOrderNumber();
            String order = "CANCEL".equals(request[0]) ? Fixtures.unshippedOrder(customer, orderNumber, 2)
                    : Fixtures.deliveredOrder(customer, orderNumber, 10);
            asService().body(order).put("/api/orders/{n}", orderNumber).then().statusCode(201);

            String answered = customer.asCustomer().body(Fixtures.claim(orderNumber, request[0], request[1]))
                    .post("/api/claims").then().statusCode(201).extract().asString();
            String id = io.restassured.path.json.JsonPath.from(answered).getString("id");
            String read = customer.asCustomer().get("/api/claims/{id}", id).then().statusCode(200).extract().asString();

            assertThat(read).as(request[0]).isEqualTo(answered);
        }
    }

    @Test
    void anotherCustomersClaimIsNotFound() {
        Fixtures.Customer owner = Fixtures.newCustomer();
        String orderNumber = Fixtures.newOrderNumber();
        asService().body(Fixtures.deliveredOrder(owner, orderNumber, 5)).put("/api/orders/{n}", orderNumber)
                .then().statusCode(201);
        String id = owner.asCustomer().body(Fixtures.claim(orderNumber, "DEFECT_RETURN", "QUALITY_PROBLEM"))
                .post("/api/claims").then().statusCode(201).extract().path("id");

        Fixtures.newCustomer().asCustomer().get("/api/claims/{id}", id)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aCustomerCannotOpenAClaimOnSomeoneElsesOrder() {
        Fixtures.Customer owner = Fixtures.newCustomer();
        String orderNumber = Fixtures.newOrderNumber();
        asService().body(Fixtures.deliveredOrder(owner, orderNumber, 5)).put("/api/orders/{n}", orderNumber)
                .then().statusCode(201);

        Fixtures.newCustomer().asCustomer().body(Fixtures.claim(orderNumber, "DEFECT_RETURN", "QUALITY_PROBLEM"))
                .post("/api/claims").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aNotEligibleRequestIsRefusedWithThePolicysReasonsAndNothingIsStored() {
        Fixtures.Customer customer = Fixtures.newCustomer();
        String orderNumber = Fixtures.newOrderNumber();
        // Ordered 40 days ago: the defect-return window (DR-1) closed days ago.
        asService().body(Fixtures.deliveredOrder(customer, orderNumber, 40)).put("/api/orders/{n}", orderNumber)
                .then().statusCode(201);

        io.restassured.path.json.JsonPath refusal = customer.asCustomer()
                .body(Fixtures.claim(orderNumber, "DEFECT_RETURN", "QUALITY_PROBLEM"))
                .post("/api/claims")
                .then().statusCode(422).contentType("application/problem+json")
                .body("requestType", equalTo("DEFECT_RETURN"))
                .body("trace.rule", contains("DR-1", "WQ-1"))
                .body("trace.outcome", contains("FAILED", "PASSED"))
                .body("trace[0].reason", containsString("is after it"))
                .extract().jsonPath();
        assertThat(refusal.getList("reasons")).as("the deprecated alias says the same").isEqualTo(refusal.getList("trace"));
    }

    @Test
    void ordersAreWrittenOnlyByTheOrderSystem() {
        Fixtures.Customer customer = Fixtures.newCustomer();
        String orderNumber = Fixtures.newOrderNumber();
        customer.asCustomer().body(Fixtures.deliveredOrder(customer, orderNumber, 1))
                .put("/api/orders/{n}", orderNumber).then().statusCode(403);
        given().contentType("application/json").body(Fixtures.deliveredOrder(customer, orderNumber, 1))
                .put("/api/orders/{n}", orderNumber).then().statusCode(401);
    }

    @Test
    void badOrderFactsAreRefusedNamingEachField() {
        String orderNumber = Fixtures.newOrderNumber();
        asService().body("""
                        {"customerId":"c-1","customerEmail":"not-an-email","channel":"OFFICIAL_STORE",
                         "orderDate":"2026-01-10","deliveredDate":"2026-01-05","shippedDate":"2026-01-04","currency":"USD",
                         "items":[{"unitId":"SN-1","productModel":"TANK T3","price":"-1.00"}]}
                        """)
                .put("/api/orders/{n}", orderNumber)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("customerEmail"))
                .body("errors.field", hasItem("items[0].price"));
    }

    @Test
    void anUnknownEnumValueIsABadRequestNotAServerError() {
        asService().body("""
                        {"customerId":"c-1","customerEmail":"a@example.com","channel":"MARS",
                         "orderDate":"2026-01-10","currency":"USD",
                         "items":[{"unitId":"SN-1","productModel":"TANK T3","price":"1.00"}]}
                        """)
                .put("/api/orders/{n}", Fixtures.newOrderNumber())
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("channel"));
    }
}
