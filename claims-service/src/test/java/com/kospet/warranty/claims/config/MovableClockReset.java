package com.kospet.warranty.claims.config;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.callback.QuarkusTestAfterEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/** Puts the {@link MovableClock} back to the real time after every test, whether or not the test moved it. */
public class MovableClockReset implements QuarkusTestAfterEachCallback {

    @Override
    public void afterEach(QuarkusTestMethodContext context) {
        Arc.container().instance(MovableClock.class).get().reset();
    }
}
