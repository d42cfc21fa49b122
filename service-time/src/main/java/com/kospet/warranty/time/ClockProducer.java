package com.kospet.warranty.time;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The one source of "now" for a service, so tests can move time: a test replaces it with a clock of its own
 * declared as an enabled {@code @Alternative} bean.
 */
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
