package com.kospet.warranty.time;

import java.time.Duration;
import java.util.Objects;

/**
 * How long to wait before trying again after failures in a row: {@code initial} after the first, doubled for each
 * further one, never more than {@code max}.
 */
public record Backoff(Duration initial, Duration max) {

    public Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("a back-off needs 0 <= initial <= max, got " + initial + " and " + max);
        }
    }

    /** The wait after {@code failuresInARow} failures (1 for the first); none before any failure. */
    public Duration after(int failuresInARow) {
        if (failuresInARow < 1) {
            return Duration.ZERO;
        }
        Duration wait = initial;
        for (int i = 1; i < failuresInARow && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
