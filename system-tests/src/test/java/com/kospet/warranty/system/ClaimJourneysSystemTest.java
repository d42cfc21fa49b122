package com.kospet.warranty.system;

import com.kospet.warranty.model.event.ClaimEventType;
import com.kospet.warranty.testinfra.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
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

    @Test
    void aDefectReplacementGoesFromSubmissionThroughInspectionToANewUnitAndIsClosed() {
        ClaimJourney claim = ClaimJourney.open("DEFECT_REPLACEMENT", "QUALITY_PROBLEM");
        claim.staff("confirm", "{\"note\":\"screen defect visible on the video\"}")
                .body("status", equalTo("AWAITING_RETURN")).body("deadlines.shipBackBy", notNullValue());
        claim.customer("return-shipment", """
                {"carrier":"UPS","trackingNumber":"1Z999AA10123456784","dataBackedUp":true,"simRemoved":true,"factoryReset":true}""")
                .body("status", equalTo("IN_TRANSIT"));
        claim.staff("receipt", null).body("status", equalTo("RECEIVED"));
        claim.staff("inspection", "{\"outcome\":\"DEFECT_CONFIRMED\"}").body("status", equalTo("APPROVED"));
        claim.staff("replacement-shipment", "{\"carrier\":\"DHL\",\"trackingNumber\":\"JD014600003\",\"newUnitId\":\"SN-" + claim.id() + "\"}")
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
        ClaimJourney claim = ClaimJourney.open("NO_DEFECT_RETURN", "NONE");
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
        ClaimJourney claim = ClaimJourney.open("WORRY_FREE_REPLACEMENT", "BROKEN");
        claim.staff("confirm", "{\"priceDifference\":{\"amount\":\"24.00\",\"currency\":\"USD\"},"
                        + "\"customerShipping\":{\"amount\":\"9.50\",\"currency\":\"USD\"}}")
                .body("status", equalTo("AWAITING_RETURN"))
                .body("money.priceDifference.amount", equalTo("24.00"));
        claim.customer("return-shipment", """
                {"carrier":"UPS","trackingNumber":"1Z999AA10123456785","dataBackedUp":true,"simRemoved":true,"factoryReset":true}""")
                .body("status", equalTo("IN_TRANSIT"));
        claim.staff("receipt", null).body("status", equalTo("PAYMENT_DUE")).body("deadlines.paymentDueBy", notNullValue());
        claim.as(TestTokens.service("payment-system"), "payment", "{\"reference\":\"pay-9031\"}")
                .body("status", equalTo("APPROVED")).body("deadlines.shipReplacementBy", notNullValue());
        claim.staff("replacement-shipment", "{\"carrier\":\"DHL\",\"trackingNumber\":\"JD014600004\",\"newUnitId\":\"SN-" + claim.id().substring(0, 13) + "\"}")
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

    @Test
    void noServiceWritesTheCustomersNameOrEmailToItsLog() throws Exception {
        ClaimJourney claim = ClaimJourney.open("DEFECT_RETURN", "QUALITY_PROBLEM");
        claim.staff("reject", "{\"reason\":\"OTHER\",\"note\":\"duplicate of an earlier claim\"}");
        claim.assertMails("We received your request " + claim.reference(),
                "Your request " + claim.reference() + " could not be accepted");

        for (String service : List.of("claims-service", "notification-service")) {
            assertThat(Files.readString(claim.stack().service(service).logFile())).as(service + "'s log")
                    .contains(claim.id()); // the log of this claim's work is the one read
        }
        for (String service : List.of("claims-service", "policy-service", "notification-service")) {
            assertThat(Files.readString(claim.stack().service(service).logFile())).as(service + "'s log")
                    .doesNotContain(claim.email()).doesNotContain(claim.name());
        }
    }
}
