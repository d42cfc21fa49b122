package com.kospet.warranty.claims.service;

import com.kospet.warranty.claims.Fixtures;
import com.kospet.warranty.claims.Fixtures.OpenClaim;
import com.kospet.warranty.claims.config.ClaimsConfig;
import com.kospet.warranty.claims.config.MovableClock;
import com.kospet.warranty.claims.persistence.ClaimHistoryEntity;
import com.kospet.warranty.claims.persistence.OutboxEntity;
import com.kospet.warranty.model.ClaimStatus;
import com.kospet.warranty.model.event.ClaimEvent;
import com.kospet.warranty.model.event.ClaimEventType;
import com.kospet.warranty.testinfra.ClaimEventsTopic;
import com.kospet.warranty.testinfra.PerTestClass;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static com.kospet.warranty.claims.Fixtures.asStaff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The job that expires claims not shipped back by their WF-6 deadline, run directly with the service's clock moved. */
@QuarkusTest
class ClaimExpiryTest {

    @RegisterExtension
    static final PerTestClass<ClaimEventsTopic> topic = PerTestClass.of(ClaimEventsTopic::ofTestKafka);

    @Inject
    ClaimExpiry expiry;

    @Inject
    MovableClock clock;

    @Inject
    ClaimsConfig config;

    @Test
    void aClaimNotShippedBackIsStillOpenOnItsDeadlineDayAndExpiresTheDayAfter() {
        OpenClaim claim = Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");
        LocalDate shipBackBy = confirm(claim);

        clock.setTo(shipBackBy.atTime(23, 59).atZone(config.zone()).toInstant());
        expiry.expireOverdue();
        assertStatus(claim, ClaimStatus.AWAITING_RETURN);

        clock.setTo(shipBackBy.plusDays(1).atStartOfDay(config.zone()).toInstant().plusSeconds(1));
        expiry.expireOverdue();
        assertStatus(claim, ClaimStatus.EXPIRED);

        ClaimHistoryEntity last = history(claim.uuid()).get(2);
        assertThat(last.action).isEqualTo("expire");
        assertThat(last.actor).isEqualTo("system");
        assertThat(last.role).isEqualTo("system");
        assertThat(last.fromStatus).isEqualTo(ClaimStatus.AWAITING_RETURN);
        assertThat(last.toStatus).isEqualTo(ClaimStatus.EXPIRED);
        assertThat(last.reason).contains(shipBackBy.toString());
        ClaimEvent expired = topic.get().eventsOf(claim.uuid(), 3, Duration.ofSeconds(20)).get(2);
        assertThat(expired.type()).isEqualTo(ClaimEventType.EXPIRED);
        assertThat(expired.data().status()).isEqualTo(ClaimStatus.EXPIRED);
        assertThat(expired.data().previousStatus()).isEqualTo(ClaimStatus.AWAITING_RETURN);

        // Too late now: the lifecycle has no way out of EXPIRED.
        claim.customer().asCustomer().body(Fixtures.returnShipment(true, true, true))
                .post("/api/claims/{id}/return-shipment", claim.id())
                .then().statusCode(409).body("currentStatus", equalTo("EXPIRED"));
    }

    @Test
    void aClaimWhoseUnitIsOnItsWayDoesNotExpire() {
        OpenClaim claim = Fixtures.openClaim("DEFECT_REPLACEMENT", "QUALITY_PROBLEM");
        LocalDate shipBackBy = confirm(claim);
        claim.customer().asCustomer().body(Fixtures.returnShipment(true, true, true))
                .post("/api/claims/{id}/return-shipment", claim.id()).then().statusCode(200);

        clock.setTo(shipBackBy.plusDays(3).atStartOfDay(config.zone()).toInstant());
        expiry.expireOverdue();
        assertStatus(claim, ClaimStatus.IN_TRANSIT);
    }

    @Test
    void twoInstancesRunningTheJobAtOnceExpireEachClaimOnce() throws Exception {
        OpenClaim first = Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");
        OpenClaim second = Fixtures.openClaim("NO_DEFECT_RETURN", "NONE");
        LocalDate shipBackBy = confirm(first);
        confirm(second);

        clock.setTo(shipBackBy.plusDays(1).atStartOfDay(config.zone()).toInstant().plusSeconds(1));
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> job = expiry::expireOverdue;
            for (var run : instances.invokeAll(List.of(job, job))) {
                run.get();
            }
        } finally {
            instances.shutdownNow();
        }

        for (OpenClaim claim : List.of(first, second)) {
            assertStatus(claim, ClaimStatus.EXPIRED);
            assertThat(history(claim.uuid())).extracting(h -> h.action).containsExactly("submit", "confirm", "expire");
            assertThat(outboxTypes(claim.uuid())).containsExactly("claim.submitted", "claim.confirmed", "claim.expired");
        }
    }

    private static LocalDate confirm(OpenClaim claim) {
        return LocalDate.parse(asStaff().post("/api/claims/{id}/confirm", claim.id())
                .then().statusCode(200).extract().path("deadlines.shipBackBy"));
    }

    private static void assertStatus(OpenClaim claim, ClaimStatus expected) {
        asStaff().get("/api/claims/{id}", claim.id()).then().statusCode(200).body("status", equalTo(expected.name()));
    }

    private static List<ClaimHistoryEntity> history(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ClaimHistoryEntity.ofClaim(id));
    }

    private static List<String> outboxTypes(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEntity.<OutboxEntity>list("claimId = ?1 order by seq", id)
                .stream().map(row -> row.type).toList());
    }
}
