package com.kospet.warranty.policy.engine;

import java.time.Period;
import java.util.Objects;

/**
 * WORRY FREE+ terms: open for {@code validity} after the order (WF-1), at most {@code replacementLimit}
 * replacements per unit in that time (WF-3), priced by {@code priceDifferences} (WF-4).
 */
public record WorryFreeTerms(Period validity, int replacementLimit, PriceDifferenceTable priceDifferences) {

    public WorryFreeTerms {
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(priceDifferences, "priceDifferences");
        if (replacementLimit < 0) {
            throw new IllegalArgumentException("replacement limit must not be negative");
        }
    }
}
