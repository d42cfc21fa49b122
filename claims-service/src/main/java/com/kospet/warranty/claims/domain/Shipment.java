package com.kospet.warranty.claims.domain;

import java.util.Objects;

/** A parcel: the carrier and its tracking number. */
public record Shipment(String carrier, String trackingNumber) {
    public Shipment {
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(trackingNumber, "trackingNumber");
    }
}
