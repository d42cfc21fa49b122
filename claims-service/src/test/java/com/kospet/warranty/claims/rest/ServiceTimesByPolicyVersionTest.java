package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.Fixtures;
import com.kospet.warranty.claims.Fixtures.Customer;
import com.kospet.warranty.claims.Fixtures.OpenClaim;
import com.kospet.warranty.claims.config.ClaimsConfig;
import com.kospet.warranty.claims.config.MovableClock;
import com.kospet.warranty.claims.persistence.ClaimEntity;
import com.kospet.warranty.claims.persistence.OutboxEntity;
import com.kospet.warranty.model.event.ClaimEvent;
import com.kospet.warranty.model.event.ClaimEventCodec;
import com.kospet.warranty.model.event.ClaimEventData;
import com.kospet.warranty.model.event.ClaimEventType;
import com.kospet.warranty.model.policy.ServiceTimes;
import com.kospet.warranty.workingdays.WorkingDayCalendar;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static com.kospet.warranty.claims.Fixtures.asService;
import static com.kospet.warranty.claims.Fixtures.asStaff;
import static com.kospet.warranty.claims.Fixtures.act;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * WF-6 belongs to the policy version: a claim keeps the service times of the version in force on its order date
 * and counts every deadline from them, and its events (as the outbox holds them) carry them. Two versions differ in every service time:
 * 2024-01 and 2023-07, which only the tests' policy-service knows ({@code policy-versions-for-tests.properties}).
 */
@QuarkusTest
class ServiceTimesByPolicyVersionTest {

    private static final ServiceTimes V2023_07 = new ServiceTimes(Duration.ofHours(12), 5, Period.ofDays(3),
            Duration.ofHours(24), 5, 20);
    private static final ServiceTimes V2024_01 = new ServiceTimes(Duration.ofHours(24), 7, Period.ofDays(7),
            Duration.ofHours(48), 10, 30);

    private static final ClaimEventCodec CODEC = new ClaimEventCodec();

    @Inject
    MovableClock clock;

    @Inject
    ClaimsConfig config;

    @Inject
    WorkingDayCalendar workingDays;

    @ConfigProperty(name = "quarkus.rest-client.policy.url")
    String policyUrl;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void aClaimCountsItsDeadlinesFromTheServiceTimesOfItsOwnVersionAndItsEventsCarryThem() {
        List<String> versions = given().baseUri(policyUrl).get("/api/policy").then().statusCode(200)
                .extract().path("versions.version");
        assumeThat(versions).as("an external policy-service knows only its own versions").contains("2023-07");

        // Two Thursdays: an order placed under each version, asked about ten days later.
        walkAWorryFreeClaim(LocalDate.of(2023, 9, 14), "2023-07", V2023_07);
        walkAWorryFreeClaim(LocalDate.of(2024, 9, 12), "2024-01", V2024_01);
    }

    @Test
    void aClaimDecidedBeforeClaimsKeptServiceTimesGetsThoseOfItsVersionFromTheMigration() {
        OpenClaim claim = Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");
        Fixtures.backfillAgain(claim.uuid(), "service_times", "V6__claim_service_times.sql", "update claims");

        LocalDate today = today();
        asStaff().post("/api/claims/{id}/confirm", claim.id()).then().statusCode(200)
                .body("decision.serviceTimes.returnShipmentWorkingDays", equalTo(7))
                .body("deadlines.shipBackBy", equalTo(workingDays.plusWorkingDays(today, 7).toString()));
        assertThat(QuarkusTransaction.requiringNew().call(() -> ClaimEntity.<ClaimEntity>findById(claim.uuid()).serviceTimes))
                .isEqualTo(V2024_01);
    }

    /** A WORRY FREE+ claim on an order placed ten days before {@code asked}, taken from submission to the new unit's dispatch. */
    private void walkAWorryFreeClaim(LocalDate asked, String version, ServiceTimes times) {
        Instant askedAt = asked.atTime(10, 0).atZone(config.zone()).toInstant();
        clock.setTo(askedAt);
        Customer customer = Fixtures.newCustomer();
        String orderNumber = Fixtures.newOrderNumber();
        asService().body(order(customer, orderNumber, asked.minusDays(10))).put("/api/orders/{n}", orderNumber)
                .then().statusCode(201);

        JsonPath opened = Fixtures.submit(customer, orderNumber, "SN-1", "WORRY_FREE_REPLACEMENT", "BROKEN")
                .statusCode(201)
                .body("decision.policyVersion", equalTo(version))
                .body("decision.serviceTimes.returnShipmentWorkingDays", equalTo(times.returnShipmentWorkingDays()))
                .body("decision.serviceTimes.payment", equalTo(times.payment().toString()))
                .extract().jsonPath();
        OpenClaim claim = new OpenClaim(opened.getString("id"), customer, orderNumber);
        assertThat(Duration.between(askedAt, Instant.parse(opened.getString("deadlines.confirmBy"))))
                .isBetween(times.confirmation(), times.confirmation().plusMinutes(1));

        act(asStaff(), claim, "confirm", null).statusCode(200)
                .body("deadlines.shipBackBy", equalTo(workingDays.plusWorkingDays(asked, times.returnShipmentWorkingDays()).toString()));
        act(customer.asCustomer(), claim, "return-shipment", Fixtures.returnShipment(true, true, true)).statusCode(200);
        act(asStaff(), claim, "receipt", null).statusCode(200)
                .body("deadlines.paymentDueBy", equalTo(asked.plus(times.payment()).toString()));
        String shipBy = act(asService(), claim, "payment", "{\"reference\":\"pay-1\"}").statusCode(200)
                .extract().path("deadlines.shipReplacementBy");
        assertThat(Duration.between(askedAt, Instant.parse(shipBy)))
                .isBetween(times.replacementDispatch(), times.replacementDispatch().plusMinutes(1));
        act(asStaff(), claim, "replacement-shipment", "{\"carrier\":\"DHL\",\"trackingNumber\":\"JD1\",\"newUnitId\":\"SN-R-"
                + claim.id() + "\"}").statusCode(200)
                .body("deadlines.deliveryEstimateFrom", equalTo(workingDays.plusWorkingDays(asked, times.deliveryMinWorkingDays()).toString()))
                .body("deadlines.deliveryEstimateTo", equalTo(workingDays.plusWorkingDays(asked, times.deliveryMaxWorkingDays()).toString()));

        List<ClaimEvent> events = QuarkusTransaction.requiringNew().call(() -> OutboxEntity
                .<OutboxEntity>list("claimId = ?1 order by seq", claim.uuid()).stream().map(row -> CODEC.decode(row.payload)).toList());
        assertThat(events).extracting(ClaimEvent::type).containsExactly(ClaimEventType.SUBMITTED, ClaimEventType.CONFIRMED,
                ClaimEventType.RETURN_REGISTERED, ClaimEventType.PAYMENT_DUE, ClaimEventType.PAID,
                ClaimEventType.REPLACEMENT_SHIPPED);
        assertThat(events).extracting(event -> event.data().policyVersion()).containsOnly(version);
        assertThat(events).extracting(event -> event.data().serviceTimes()).containsOnly(times);
        ClaimEventData.Deadlines shipped = events.get(5).data().deadlines();
        assertThat(shipped.shipBackBy()).isEqualTo(workingDays.plusWorkingDays(asked, times.returnShipmentWorkingDays()));
        assertThat(shipped.deliveryEstimateTo()).isEqualTo(workingDays.plusWorkingDays(asked, times.deliveryMaxWorkingDays()));
    }

    /** A delivered official-store order of one TANK T3, placed on {@code ordered}. */
    private static String order(Customer customer, String orderNumber, LocalDate ordered) {
        return """
                {"customerId":"%s","customerEmail":"%s","channel":"OFFICIAL_STORE",
                 "orderDate":"%s","maxEstimatedDeliveryDate":"%s","shippedDate":"%s","deliveredDate":"%s",
                 "currency":"USD","purchaseLink":"https://store.example/orders/%s",
                 "items":[{"unitId":"SN-1","productModel":"TANK T3","price":"199.00","shippingCost":"12.00"}]}
                """.formatted(customer.id(), customer.email(), ordered, ordered.plusDays(8), ordered.plusDays(2),
                ordered.plusDays(6), orderNumber);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(config.zone()));
    }
}
