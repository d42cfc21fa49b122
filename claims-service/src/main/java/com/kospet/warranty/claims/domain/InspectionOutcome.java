package com.kospet.warranty.claims.domain;

import com.kospet.warranty.model.RejectionReason;
import com.kospet.warranty.model.RequestType;

import java.util.Optional;

/** What testing the returned unit showed, and the exclusion it triggers (EX-3, EX-4). */
public enum InspectionOutcome {
    DEFECT_CONFIRMED,
    NO_DEFECT_FOUND,
    UNAUTHORIZED_MODIFICATION,
    TRANSIT_DAMAGE_WITHOUT_PROOF;

    /**
     * The exclusion this outcome means for a claim of {@code type}, or empty when the claim stands.
     * <b>Reading</b>: a no-defect return (ND-1) expects a working unit, so "no defect found" accepts it;
     * a modified or transit-damaged unit is refused for every type.
     */
    public Optional<RejectionReason> exclusionFor(RequestType type) {
        return switch (this) {
            case DEFECT_CONFIRMED -> Optional.empty();
            case NO_DEFECT_FOUND -> type == RequestType.NO_DEFECT_RETURN
                    ? Optional.empty() : Optional.of(RejectionReason.NO_DEFECT_FOUND);
            case UNAUTHORIZED_MODIFICATION -> Optional.of(RejectionReason.UNAUTHORIZED_USE_OR_MODIFICATION);
            case TRANSIT_DAMAGE_WITHOUT_PROOF -> Optional.of(RejectionReason.TRANSIT_DAMAGE_WITHOUT_PROOF);
        };
    }
}
