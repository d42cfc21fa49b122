package com.kospet.warranty.claims.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** The WF-6 service times of a claim, as dates and instants. Dates are inclusive: the last day is in time. */
public record Deadlines(
        Optional<Instant> confirmBy,
        Optional<LocalDate> shipBackBy,
        Optional<LocalDate> paymentDueBy,
        Optional<Instant> shipReplacementBy,
        Optional<LocalDate> deliveryEstimateFrom,
        Optional<LocalDate> deliveryEstimateTo) {

    public static Deadlines none() {
        return new Deadlines(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    public Deadlines withConfirmBy(Instant value) {
        return new Deadlines(Optional.of(value), shipBackBy, paymentDueBy, shipReplacementBy, deliveryEstimateFrom, deliveryEstimateTo);
    }

    public Deadlines withShipBackBy(LocalDate value) {
        return new Deadlines(confirmBy, Optional.of(value), paymentDueBy, shipReplacementBy, deliveryEstimateFrom, deliveryEstimateTo);
    }

    public Deadlines withPaymentDueBy(LocalDate value) {
        return new Deadlines(confirmBy, shipBackBy, Optional.of(value), shipReplacementBy, deliveryEstimateFrom, deliveryEstimateTo);
    }

    public Deadlines withShipReplacementBy(Instant value) {
        return new Deadlines(confirmBy, shipBackBy, paymentDueBy, Optional.of(value), deliveryEstimateFrom, deliveryEstimateTo);
    }

    public Deadlines withDeliveryEstimate(LocalDate from, LocalDate to) {
        return new Deadlines(confirmBy, shipBackBy, paymentDueBy, shipReplacementBy, Optional.of(from), Optional.of(to));
    }
}
