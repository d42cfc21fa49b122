package com.kospet.warranty.http;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ClientRateLimiterTest {

    @Test
    void aClientGetsItsBurstThenWaitsForTheNextToken() {
        ClientRateLimiter limiter = new ClientRateLimiter(3, Duration.ofMinutes(1), 3, 100, Duration.ofMinutes(10));

        for (int i = 0; i < 3; i++) {
            assertThat(limiter.waitBefore("192.0.2.1")).isEmpty();
        }
        Optional<Duration> refused = limiter.waitBefore("192.0.2.1");

        // One token of three per minute comes back after about 20 seconds.
        assertThat(refused).hasValueSatisfying(wait ->
                assertThat(wait).isGreaterThan(Duration.ofSeconds(15)).isLessThanOrEqualTo(Duration.ofSeconds(20)));
    }

    @Test
    void anotherClientHasItsOwnBucket() {
        ClientRateLimiter limiter = new ClientRateLimiter(1, Duration.ofMinutes(1), 1, 100, Duration.ofMinutes(10));

        assertThat(limiter.waitBefore("192.0.2.1")).isEmpty();
        assertThat(limiter.waitBefore("192.0.2.1")).isPresent();
        assertThat(limiter.waitBefore("192.0.2.2")).isEmpty();
    }

    @Test
    void theBucketsHeldAreBoundedHoweverManyAddressesAsk() {
        ClientRateLimiter limiter = new ClientRateLimiter(10, Duration.ofSeconds(1), 10, 1_000, Duration.ofMinutes(10));

        for (int i = 0; i < 50_000; i++) {
            limiter.waitBefore("10." + (i >> 16) + "." + ((i >> 8) & 0xff) + "." + (i & 0xff));
        }

        assertThat(limiter.clientsHeld()).isLessThanOrEqualTo(1_000);
    }
}
