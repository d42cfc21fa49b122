package com.kospet.warranty.claims.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where one unit stands under UN-1..UN-3: whether a new claim may be made on it, and if not, why.
 *
 * @param openClaim  the claim open on the unit, if any (UN-1)
 * @param replacedBy the serial of the unit that replaced it, if one was shipped and identified (UN-3)
 */
public record UnitStanding(String unitId, String originalUnitId, Optional<String> replaces, State state,
                           Optional<UnitClaim> openClaim, Optional<String> replacedBy) {

    public enum State {
        /** No claim open, neither refunded nor replaced: a claim may be made on it. */
        IN_SERVICE,
        /** A claim is open on it (UN-1). */
        CLAIM_OPEN,
        /** Its money went back to the customer (UN-2). */
        REFUNDED,
        /** A new unit was shipped in its place (UN-3). */
        REPLACED
    }

    /** Why no further claim may be made on the unit: the rule and a reason a customer can read. */
    public record Refusal(String rule, String reason) {
    }

    /**
     * The open claim's id as {@code viewer} may see it: staff and services ({@code viewer} empty) always, a
     * customer only their own claim; anyone else learns that the unit is taken, never whose claim it is.
     */
    public Optional<UUID> openClaimShownTo(Optional<String> viewer) {
        return openClaim.filter(claim -> viewer.map(claim.customerId()::equals).orElse(true)).map(UnitClaim::id);
    }

    public Optional<Refusal> refusal() {
        return switch (state) {
            case IN_SERVICE -> Optional.empty();
            case CLAIM_OPEN -> Optional.of(new Refusal("UN-1", "unit " + unitId + " already has an open claim;"
                    + " a unit has one claim at a time"));
            case REFUNDED -> Optional.of(new Refusal("UN-2", "unit " + unitId + " was refunded and is no longer"
                    + " covered by any claim"));
            case REPLACED -> Optional.of(new Refusal("UN-3", "unit " + unitId + " was replaced"
                    + replacedBy.map(serial -> " by unit " + serial).orElse("")
                    + "; claims are made on the replacement"));
        };
    }

    /**
     * @param customerId who asks: the open claim is named to its own customer only
     * @throws OpenClaimException           UN-1: the unit has an open claim
     * @throws PolicyRuleViolationException UN-2 or UN-3: the unit takes no further claims
     */
    public void requireClaimable(String customerId) {
        Optional<Refusal> refusal = refusal();
        if (refusal.isEmpty()) {
            return;
        }
        if (state == State.CLAIM_OPEN) {
            throw new OpenClaimException(unitId, openClaimShownTo(Optional.of(customerId)), refusal.get().reason());
        }
        throw new PolicyRuleViolationException(refusal.get().rule(), refusal.get().reason(), List.of("unitId"));
    }
}
