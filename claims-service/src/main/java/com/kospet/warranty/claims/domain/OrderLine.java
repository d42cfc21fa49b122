package com.kospet.warranty.claims.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * UN-3: one order line as a lineage of units, the unit originally sold first and each replacement after the
 * unit it replaced, with every claim made on any of them. It answers where each unit stands (UN-1..UN-3) and
 * how many WORRY FREE+ replacements the line had (WF-3 counts the original and its replacements together).
 */
public final class OrderLine {

    /** A replacement unit and the unit it replaced. */
    public record Replacement(String unitId, String replaces) {
        public Replacement {
            Objects.requireNonNull(unitId, "unitId");
            Objects.requireNonNull(replaces, "replaces");
        }
    }

    private final String originalUnitId;
    private final List<Replacement> replacements;
    private final List<UnitClaim> claims;

    public OrderLine(String originalUnitId, List<Replacement> replacements, List<UnitClaim> claims) {
        this.originalUnitId = Objects.requireNonNull(originalUnitId, "originalUnitId");
        this.replacements = List.copyOf(replacements);
        this.claims = List.copyOf(claims);
    }

    public String originalUnitId() {
        return originalUnitId;
    }

    /** The units of the line, the original first, then each replacement after the unit it replaced. */
    public List<String> lineage() {
        List<String> units = new ArrayList<>(List.of(originalUnitId));
        Optional<Replacement> next = replacementOf(originalUnitId);
        while (next.isPresent() && !units.contains(next.get().unitId())) {
            units.add(next.get().unitId());
            next = replacementOf(next.get().unitId());
        }
        return List.copyOf(units);
    }

    public boolean contains(String unitId) {
        return originalUnitId.equals(unitId) || replacements.stream().anyMatch(r -> r.unitId().equals(unitId));
    }

    /** WF-3: the WORRY FREE+ replacements the whole line had so far. */
    public int worryFreeReplacements() {
        return (int) claims.stream().filter(UnitClaim::countsTowardsWorryFreeLimit).count();
    }

    public List<UnitStanding> units() {
        return lineage().stream().map(this::standing).toList();
    }

    /** Where {@code unitId}, a unit of this line, stands. */
    public UnitStanding standing(String unitId) {
        if (!contains(unitId)) {
            throw new IllegalArgumentException("unit " + unitId + " is not of the line of " + originalUnitId);
        }
        List<UnitClaim> onUnit = claims.stream().filter(claim -> claim.unitId().equals(unitId)).toList();
        Optional<String> replacedBy = replacementOf(unitId).map(Replacement::unitId);
        boolean replaced = replacedBy.isPresent() || onUnit.stream().anyMatch(UnitClaim::replacedTheUnit);
        boolean refunded = onUnit.stream().anyMatch(UnitClaim::refundedTheUnit);
        // Newest first: a unit that had several open claims before UN-1 shows the latest.
        Optional<UnitClaim> open = onUnit.stream().filter(UnitClaim::isOpen).reduce((first, later) -> later);
        UnitStanding.State state = replaced ? UnitStanding.State.REPLACED
                : refunded ? UnitStanding.State.REFUNDED
                : open.isPresent() ? UnitStanding.State.CLAIM_OPEN
                : UnitStanding.State.IN_SERVICE;
        Optional<String> replaces = replacements.stream().filter(r -> r.unitId().equals(unitId)).findFirst()
                .map(Replacement::replaces);
        return new UnitStanding(unitId, originalUnitId, replaces, state, open, replacedBy);
    }

    private Optional<Replacement> replacementOf(String unitId) {
        return replacements.stream().filter(r -> r.replaces().equals(unitId)).findFirst();
    }
}
