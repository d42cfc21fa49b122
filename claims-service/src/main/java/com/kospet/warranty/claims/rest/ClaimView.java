package com.kospet.warranty.claims.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.kospet.warranty.claims.events.ClaimEventMapper;
import com.kospet.warranty.claims.persistence.ClaimEntity;
import com.kospet.warranty.model.Cause;
import com.kospet.warranty.model.ClaimStatus;
import com.kospet.warranty.model.RequestType;
import com.kospet.warranty.model.event.ClaimEventData;
import com.kospet.warranty.model.policy.OptionStatus;
import com.kospet.warranty.model.policy.PolicyOption;
import com.kospet.warranty.model.policy.ServiceTimes;
import com.kospet.warranty.model.policy.Requirement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A claim as this service answers it: where it stands, the decision it was opened under, and its
 * deadlines. {@code shipment} is the latest parcel (the new unit once shipped, else the return);
 * {@code openDeadline} is the one the current state waits on. {@code evidenceCount} is how many
 * pictures and videos (DP-2) were uploaded to the claim.
 */
@Schema(example = ApiExamples.CLAIM)
public record ClaimView(
        UUID id,
        String orderNumber,
        String unitId,
        @Schema(description = "UN-3: the unit originally sold on the order line; unitId itself unless it is a replacement")
        String originalUnitId,
        @Schema(description = "UN-3: the serial of the new unit this claim shipped, once shipped", nullable = true)
        String replacementUnitId,
        String productModel,
        RequestType requestType,
        Cause cause,
        ClaimStatus status,
        @Schema(nullable = true) String description,
        Decision decision,
        ClaimEventData.Figures money,
        List<Requirement> missingRequirements,
        ClaimEventData.Deadlines deadlines,
        @Schema(nullable = true) ClaimEventData.Shipment shipment,
        @Schema(nullable = true) ClaimEventData.Shipment returnShipment,
        @Schema(nullable = true) ClaimEventData.Shipment replacementShipment,
        @Schema(nullable = true) ClaimEventData.Rejection rejection,
        @Schema(nullable = true) String inspectionOutcome,
        @Schema(nullable = true) Instant openDeadline,
        Instant createdAt,
        Instant updatedAt,
        long version,
        int evidenceCount) {

    /**
     * The policy's answer for this claim's request type when it was opened (or completed), and the WF-6 service
     * times of its version, from which the claim's deadlines are counted.
     */
    public record Decision(String policyVersion, OptionStatus status, PolicyOption option,
                           @Schema(nullable = true, description = "absent on claims opened before claims kept them")
                           ServiceTimes serviceTimes) {
    }

    public static ClaimView of(ClaimEntity claim, ObjectMapper json) {
        ClaimEventData snapshot = ClaimEventMapper.snapshot(claim, null);
        return new ClaimView(claim.id, claim.orderNumber, claim.unitId, claim.originalUnitId, claim.replacementUnitId,
                claim.productModel, claim.requestType, claim.cause,
                claim.status, claim.description,
                new Decision(claim.policyVersion, claim.decisionStatus, option(claim, json), claim.serviceTimes),
                snapshot.money(), snapshot.missingRequirements(), snapshot.deadlines(), snapshot.shipment(),
                shipment(claim.returnCarrier, claim.returnTracking),
                shipment(claim.replacementCarrier, claim.replacementTracking),
                snapshot.rejection(), claim.inspectionOutcome, claim.openDeadline,
                claim.createdAt, claim.updatedAt, claim.version, claim.evidenceCount);
    }

    private static ClaimEventData.Shipment shipment(String carrier, String tracking) {
        return tracking == null ? null : new ClaimEventData.Shipment(carrier, tracking);
    }

    private static PolicyOption option(ClaimEntity claim, ObjectMapper json) {
        Optional<PolicyOption> written = claim.writtenDecision();
        if (written.isPresent()) {
            // Just stored by this request: the option it was written from, not its JSON parsed back.
            return written.get();
        }
        try {
            return json.readValue(claim.decision, PolicyOption.class);
        } catch (IOException e) {
            throw new UncheckedIOException("stored decision of claim " + claim.id + " is unreadable", e);
        }
    }
}
