package com.kospet.warranty.claims.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * UN-1: the unit already has an open claim. {@code openClaimId} is present only when the caller is that
 * claim's own customer: anyone else learns that the unit is taken, never whose claim it is.
 */
public class OpenClaimException extends RuntimeException {

    private final String unitId;
    private final Optional<UUID> openClaimId;

    public OpenClaimException(String unitId, Optional<UUID> openClaimId, String message) {
        super(message);
        this.unitId = unitId;
        this.openClaimId = openClaimId;
    }

    public String unitId() {
        return unitId;
    }

    public Optional<UUID> openClaimId() {
        return openClaimId;
    }
}
