package com.kospet.warranty.model.event;

import com.kospet.warranty.model.ClaimStatus;
import com.kospet.warranty.model.Money;
import com.kospet.warranty.model.RejectionReason;
import com.kospet.warranty.model.RequestType;
import com.kospet.warranty.model.policy.Requirement;
import com.kospet.warranty.model.policy.ServiceTimes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The claim snapshot every event carries, so that a consumer never calls back to learn what
 * an event means. Wire record: a part that does not apply yet is {@code null}.
 *
 * @param unitId            the unit the claim is about
 * @param originalUnitId    UN-3: the unit originally sold on its order line ({@code unitId} itself unless that is a replacement)
 * @param replacementUnitId UN-3: the serial of the new unit the claim shipped, once shipped
 * @param serviceTimes      WF-6 as the claim's policy version states it, frozen with its decision: what the
 *                          {@code deadlines} were counted with; {@code null} in events written before claims kept them
 */
public record ClaimEventData(
        UUID claimId,
        String orderNumber,
        String unitId,
        String productModel,
        RequestType requestType,
        ClaimStatus status,
        ClaimStatus previousStatus,
        Customer customer,
        String policyVersion,
        Figures money,
        List<Requirement> missingRequirements,
        Deadlines deadlines,
        Shipment shipment,
        Rejection rejection,
        String originalUnitId,
        String replacementUnitId,
        ServiceTimes serviceTimes) {

    public ClaimEventData {
        missingRequirements = missingRequirements == null ? List.of() : List.copyOf(missingRequirements);
    }

    /** Who to write to, and in which language ({@code locale} is a BCP 47 tag such as {@code en} or {@code de}). */
    public record Customer(String id, String email, String name, String locale) {
    }

    /** The money of the decision: refund, depreciation, WORRY FREE+ price difference, fees the customer pays. */
    public record Figures(Money refund, Money depreciation, Money priceDifference, Money customerShipping) {
    }

    /** The open promises of WF-6, as data. */
    public record Deadlines(
            Instant confirmBy,
            LocalDate shipBackBy,
            LocalDate paymentDueBy,
            Instant shipReplacementBy,
            LocalDate deliveryEstimateFrom,
            LocalDate deliveryEstimateTo) {
    }

    public record Shipment(String carrier, String trackingNumber) {
    }

    public record Rejection(RejectionReason reason, String rule, String note) {
    }
}
