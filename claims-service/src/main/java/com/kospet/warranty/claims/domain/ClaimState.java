package com.kospet.warranty.claims.domain;

import com.kospet.warranty.model.ClaimStatus;
import com.kospet.warranty.model.RequestType;
import com.kospet.warranty.model.policy.Requirement;
import com.kospet.warranty.model.policy.ServiceTimes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the lifecycle needs to know about a claim, and what a transition changes. Amounts are in the
 * claim's currency; the money the policy decided stays with the stored claim. {@code serviceTimes} are WF-6
 * as the claim's policy version states them: the claim's deadlines are counted from them.
 */
public record ClaimState(
        ClaimStatus status,
        RequestType requestType,
        ServiceTimes serviceTimes,
        List<Requirement> missingRequirements,
        Optional<BigDecimal> priceDifference,
        Optional<BigDecimal> customerShipping,
        Deadlines deadlines,
        Optional<Shipment> returnShipment,
        Optional<Shipment> replacementShipment,
        Optional<Rejection> rejection,
        Optional<InspectionOutcome> inspection) {

    public ClaimState {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(requestType, "requestType");
        Objects.requireNonNull(serviceTimes, "serviceTimes");
        missingRequirements = List.copyOf(missingRequirements);
        Objects.requireNonNull(deadlines, "deadlines");
    }

    /** A claim just opened on {@code decision}: awaiting confirmation, nothing shipped, nothing decided by staff. */
    public static ClaimState opened(PolicyDecision decision, Instant confirmBy) {
        return new ClaimState(ClaimStatus.AWAITING_CONFIRMATION, decision.type(), decision.serviceTimes(),
                decision.missingRequirements(), decision.priceDifference(), decision.customerShipping(),
                Deadlines.none().withConfirmBy(confirmBy), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public ClaimState withStatus(ClaimStatus value) {
        return new ClaimState(value, requestType, serviceTimes, missingRequirements, priceDifference, customerShipping,
                deadlines, returnShipment, replacementShipment, rejection, inspection);
    }

    public ClaimState withMoney(Optional<BigDecimal> newPriceDifference, Optional<BigDecimal> newCustomerShipping) {
        return new ClaimState(status, requestType, serviceTimes, missingRequirements, newPriceDifference,
                newCustomerShipping, deadlines, returnShipment, replacementShipment, rejection, inspection);
    }

    public ClaimState withServiceTimes(ServiceTimes value) {
        return new ClaimState(status, requestType, value, missingRequirements, priceDifference, customerShipping,
                deadlines, returnShipment, replacementShipment, rejection, inspection);
    }

    public ClaimState withMissingRequirements(List<Requirement> value) {
        return new ClaimState(status, requestType, serviceTimes, value, priceDifference, customerShipping,
                deadlines, returnShipment, replacementShipment, rejection, inspection);
    }

    public ClaimState withDeadlines(Deadlines value) {
        return new ClaimState(status, requestType, serviceTimes, missingRequirements, priceDifference, customerShipping,
                value, returnShipment, replacementShipment, rejection, inspection);
    }

    public ClaimState withReturnShipment(Shipment value) {
        return new ClaimState(status, requestType, serviceTimes, missingRequirements, priceDifference, customerShipping,
                deadlines, Optional.of(value), replacementShipment, rejection, inspection);
    }

    public ClaimState withReplacementShipment(Shipment value) {
        return new ClaimState(status, requestType, serviceTimes, missingRequirements, priceDifference, customerShipping,
                deadlines, returnShipment, Optional.of(value), rejection, inspection);
    }

    public ClaimState withRejection(Rejection value) {
        return new ClaimState(status, requestType, serviceTimes, missingRequirements, priceDifference, customerShipping,
                deadlines, returnShipment, replacementShipment, Optional.of(value), inspection);
    }

    public ClaimState withInspection(InspectionOutcome value) {
        return new ClaimState(status, requestType, serviceTimes, missingRequirements, priceDifference, customerShipping,
                deadlines, returnShipment, replacementShipment, rejection, Optional.of(value));
    }

    /**
     * The deadline the claim waits on in its current state, as an instant (a date deadline ends at the
     * end of that day in {@code zone}); empty when nobody owes anything by a date.
     */
    public Optional<Instant> openDeadline(ZoneId zone) {
        return switch (status) {
            case AWAITING_CONFIRMATION -> deadlines.confirmBy();
            case AWAITING_RETURN -> deadlines.shipBackBy().map(day -> endOf(day, zone));
            case PAYMENT_DUE -> deadlines.paymentDueBy().map(day -> endOf(day, zone));
            case APPROVED -> deadlines.shipReplacementBy();
            default -> Optional.empty();
        };
    }

    /** The last millisecond of {@code day} in {@code zone}: a request on the deadline day is in time. */
    private static Instant endOf(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1);
    }
}
