package com.kospet.warranty.time;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * The one source of "now" for a service, so tests can move time: a test replaces it with a clock of its own
 * declared as an enabled {@code @Alternative} bean, ticking at the same {@link #PRECISION}.
 */
public class ClockProducer {

    /**
     * What PostgreSQL keeps of a timestamp: a time answered from memory right after it was stored (a claim's
     * {@code createdAt} in the 201, its event) is the very time every later read gives, not one PostgreSQL rounds.
     */
    public static final ChronoUnit PRECISION = ChronoUnit.MICROS;

    @Produces
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), PRECISION.getDuration());
    }
}
