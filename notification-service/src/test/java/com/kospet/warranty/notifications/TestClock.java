package com.kospet.warranty.notifications;

import com.kospet.warranty.time.ClockProducer;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The service's clock in tests: real time plus an offset the test moves forward. */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    /**
     * Moves "now" to {@code moment}. Time only moves forward: every test shares this clock, and mail another
     * test left waiting must not become due twice.
     */
    public synchronized void moveTo(Instant moment) {
        Duration by = Duration.between(instant(), moment);
        if (by.isNegative()) {
            throw new IllegalArgumentException("the clock is already past " + moment);
        }
        advance(by);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset).truncatedTo(ClockProducer.PRECISION);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
