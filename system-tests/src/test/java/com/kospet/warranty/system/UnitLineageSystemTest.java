package com.kospet.warranty.system;

import com.kospet.warranty.model.event.ClaimEvent;
import com.kospet.warranty.model.event.ClaimEventType;
import com.kospet.warranty.stack.Stack;
import com.kospet.warranty.testinfra.ClaimEventsTopic;
import com.kospet.warranty.testinfra.OpenApiContract;
import com.kospet.warranty.testinfra.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * One order line through its replacements (UN-3), as the storefront, the staff tool and the payment system see it:
 * a defect replacement ships a new unit, which takes two WORRY FREE+ replacements of its own; a third is refused
 * because WF-3 counts the whole line; and the last unit's warranty ends two years after the original order date.
 */
@ExtendWith(RunningSystem.class)
class UnitLineageSystemTest {

    private final Stack stack = RunningSystem.stack();
    private final String customerId = "c-" + UUID.randomUUID();
    private final String email = customerId + "@example.com";
    private final String orderNumber = "KP-" + System.nanoTime();

    @Test
    void aReplacedUnitsLineKeepsItsWorryFreeCountAndItsOriginalWarranty() {
        LocalDate ordered = LocalDate.now().minusDays(12);
        putOrder(ordered);

        ClaimJourney defect = open("SN-1", "DEFECT_REPLACEMENT", "QUALITY_PROBLEM");
        defect.staff("confirm", null);
        defect.customer("return-shipment", returnParcel());
        defect.staff("receipt", null);
        defect.staff("inspection", "{\"outcome\":\"DEFECT_CONFIRMED\"}");
        String second = ship(defect);
        defect.staff("close", null);
        defect.assertMails("We received your request " + defect.reference(),
                "Your request " + defect.reference() + " is confirmed",
                "Your replacement for request " + defect.reference() + " is on its way");
        assertThat(defect.mail("is on its way").body()).contains(second);
        try (ClaimEventsTopic topic = new ClaimEventsTopic(stack.kafka().bootstrapServers())) {
            ClaimEvent shipped = topic.eventsOf(UUID.fromString(defect.id()), 7, Duration.ofSeconds(60)).get(5);
            assertThat(shipped.type()).isEqualTo(ClaimEventType.REPLACEMENT_SHIPPED);
            assertThat(shipped.data().replacementUnitId()).isEqualTo(second);
        }

        String third = worryFree(second);
        String fourth = worryFree(third);
        asCustomer().body(claim(fourth, "WORRY_FREE_REPLACEMENT", "BROKEN")).post("/api/claims")
                .then().statusCode(422).body("trace.rule", hasItem("WF-3"));

        LocalDate warrantyEnd = ordered.plusYears(2);
        asCustomer().get("/api/orders/{n}", orderNumber).then().statusCode(200)
                .body("items[0].units.unitId", contains("SN-1", second, third, fourth))
                .body("items[0].units.state", contains("REPLACED", "REPLACED", "REPLACED", "IN_SERVICE"));
        asCustomer().get("/api/orders/{n}/options", orderNumber).then().statusCode(200)
                .body("units[3].unitId", equalTo(fourth))
                .body("units[3].worryFreeReplacements", equalTo(2))
                .body("units[3].options.find { it.type == 'DEFECT_REPLACEMENT' }.deadline", equalTo(warrantyEnd.toString()));

        // The running services cannot be moved two years on; the order system correcting the order's date to
        // two years and a day ago puts today past the original warranty instead. The new unit's own shipment
        // was days ago: only the original order date can make it late.
        putOrder(LocalDate.now().minusYears(2).minusDays(1));
        asCustomer().body(claim(fourth, "DEFECT_REPLACEMENT", "QUALITY_PROBLEM")).post("/api/claims")
                .then().statusCode(422).body("requestType", equalTo("DEFECT_REPLACEMENT"))
                .body("trace.rule", hasItem("DP-1"));
    }

    /** A WORRY FREE+ claim on {@code unitId} taken to a new unit; its serial. */
    private String worryFree(String unitId) {
        ClaimJourney claim = open(unitId, "WORRY_FREE_REPLACEMENT", "BROKEN");
        claim.staff("confirm", null);
        claim.customer("return-shipment", returnParcel());
        claim.staff("receipt", null).body("status", equalTo("PAYMENT_DUE"));
        claim.as(TestTokens.service("payment-system"), "payment", "{\"reference\":\"pay-" + unitId + "\"}");
        String next = ship(claim);
        claim.staff("close", null).body("status", equalTo("CLOSED"));
        return next;
    }

    private static String ship(ClaimJourney claim) {
        String newUnit = "SN-" + UUID.randomUUID().toString().substring(0, 13);
        claim.staff("replacement-shipment", "{\"carrier\":\"DHL\",\"trackingNumber\":\"JD0146\",\"newUnitId\":\"" + newUnit + "\"}")
                .body("status", equalTo("REPLACEMENT_SHIPPED")).body("replacementUnitId", equalTo(newUnit));
        return newUnit;
    }

    private ClaimJourney open(String unitId, String type, String cause) {
        ValidatableResponse opened = asCustomer().body(claim(unitId, type, cause)).post("/api/claims").then()
                .statusCode(201).body("unitId", equalTo(unitId)).body("originalUnitId", equalTo("SN-1"));
        return new ClaimJourney(stack, customerId, email, "Ada Quill", orderNumber, opened.extract().path("id"));
    }

    private void putOrder(LocalDate ordered) {
        ClaimJourney.putOrder(stack, customerId, email, orderNumber, ordered);
    }

    private io.restassured.specification.RequestSpecification asCustomer() {
        return OpenApiContract.given(claimsUri()).auth().oauth2(TestTokens.customer(customerId, email)).contentType(ContentType.JSON);
    }

    private String claimsUri() {
        return stack.service("claims-service").baseUri().toString();
    }

    private String claim(String unitId, String type, String cause) {
        return """
                {"orderNumber":"%s","unitId":"%s","requestType":"%s","cause":"%s",
                 "description":"The watch does not work as it should.","mediaCount":2,
                 "contact":{"name":"Ada Quill","locale":"en"}}
                """.formatted(orderNumber, unitId, type, cause);
    }

    private static String returnParcel() {
        return """
                {"carrier":"UPS","trackingNumber":"1Z999AA10123456784","dataBackedUp":true,"simRemoved":true,"factoryReset":true}""";
    }
}
