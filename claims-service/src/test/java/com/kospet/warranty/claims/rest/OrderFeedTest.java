package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.Fixtures;
import com.kospet.warranty.claims.Fixtures.Customer;
import com.kospet.warranty.claims.persistence.OrderEntity;
import com.kospet.warranty.testinfra.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static com.kospet.warranty.claims.Fixtures.asService;
import static com.kospet.warranty.claims.Fixtures.concurrently;
import static com.kospet.warranty.claims.Fixtures.claimsOn;
import static com.kospet.warranty.claims.Fixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** The order feed: UN-4's dates, one stored order for simultaneous PUTs, and facts the policy cannot judge. */
@QuarkusTest
class OrderFeedTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void aMethodTheOrderDoesNotTakeIsA405ThatNamesTheMethodsItDoes() {
        // Outside the API document, so outside its contract.
        RestAssured.given().auth().oauth2(TestTokens.service("order-system"))
                .delete("/api/orders/{n}", Fixtures.newOrderNumber()).then()
                .statusCode(405).contentType("application/problem+json")
                .body("type", equalTo("about:blank"))
                .header("Allow", equalTo("GET, HEAD, OPTIONS, PUT"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"orderDate", "shippedDate", "deliveredDate"})
    void aFactDatedTomorrowIsRefusedNamingItsFieldAndNothingIsStored(String field) {
        String orderNumber = Fixtures.newOrderNumber();
        LocalDate ordered = TODAY.minusDays(5);
        String body = order(Fixtures.newCustomer(), ordered,
                field.equals("shippedDate") ? TODAY.plusDays(1) : ordered.plusDays(1),
                field.equals("deliveredDate") || field.equals("shippedDate") ? TODAY.plusDays(1) : TODAY);
        if (field.equals("orderDate")) {
            body = order(Fixtures.newCustomer(), TODAY.plusDays(1), null, null);
        }

        asService().body(body).put("/api/orders/{n}", orderNumber).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .body("errors.message", hasItem(containsString("UN-4")));
        asService().get("/api/orders/{n}", orderNumber).then().statusCode(404);
    }

    @Test
    void factsDatedTodayAreAccepted() {
        String orderNumber = Fixtures.newOrderNumber();
        asService().body(order(Fixtures.newCustomer(), TODAY, TODAY, TODAY)).put("/api/orders/{n}", orderNumber)
                .then().statusCode(201).body("deliveredDate", equalTo(TODAY.toString()));
    }

    @Test
    void aDeliveryBeforeTheShipmentIsRefused() {
        asService().body(order(Fixtures.newCustomer(), TODAY.minusDays(9), TODAY.minusDays(3), TODAY.minusDays(4)))
                .put("/api/orders/{n}", Fixtures.newOrderNumber()).then()
                .statusCode(400).body("errors.field", hasItem("deliveredDate"));
    }

    @Test
    void theSameNewOrderSentEightTimesAtOnceIsStoredOnceAndEveryAnswerIsASuccess() throws Exception {
        String orderNumber = Fixtures.newOrderNumber();
        String body = Fixtures.deliveredOrder(Fixtures.newCustomer(), orderNumber, 10);

        List<Integer> statuses = concurrently(8,
                () -> asService().body(body).put("/api/orders/{n}", orderNumber).then().extract().statusCode());

        assertThat(statuses).containsOnly(200, 201);
        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> OrderEntity.count("orderNumber", orderNumber))).isEqualTo(1);
    }

    @Test
    void aClaimOnStoredFactsThePolicyRefusesIsAClientErrorNamingThePolicysReasonNotAnOutage() {
        // Stored before UN-4 was checked at the door: an order date in the future, which the policy refuses to judge.
        Customer customer = Fixtures.newCustomer();
        String orderNumber = Fixtures.newOrderNumber();
        asService().body(Fixtures.deliveredOrder(customer, orderNumber, 10)).put("/api/orders/{n}", orderNumber)
                .then().statusCode(201);
        QuarkusTransaction.requiringNew().run(() -> OrderEntity.getEntityManager().createNativeQuery(
                        "update {h-schema}orders set order_date = ?1 where order_number = ?2")
                .setParameter(1, TODAY.plusYears(1)).setParameter(2, orderNumber).executeUpdate());

        submit(customer, orderNumber, "SN-1", "DEFECT_RETURN", "QUALITY_PROBLEM")
                .statusCode(422).contentType("application/problem+json")
                .header("Retry-After", nullValue())
                .body("type", equalTo("https://warranty.kospet.com/problems/order-facts-refused"))
                .body("detail", containsString("the policy cannot decide"))
                .body("detail", not(containsString("try again")));
        assertThat(claimsOn(orderNumber, "SN-1")).isZero();
    }

    private static String order(Customer customer, LocalDate ordered, LocalDate shipped, LocalDate delivered) {
        return """
                {"customerId":"%s","customerEmail":"%s","channel":"OFFICIAL_STORE",
                 "orderDate":"%s","maxEstimatedDeliveryDate":"%s",%s%s
                 "currency":"USD","items":[{"unitId":"SN-1","productModel":"TANK T3","price":"199.00"}]}
                """.formatted(customer.id(), customer.email(), ordered, ordered.plusDays(10),
                shipped == null ? "" : "\"shippedDate\":\"" + shipped + "\",",
                delivered == null ? "" : "\"deliveredDate\":\"" + delivered + "\",");
    }
}
