package com.kospet.warranty.time;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(15));

    @ParameterizedTest(name = "after {0} failure(s) in a row: {1}")
    @CsvSource({
            "1, PT5S",
            "2, PT10S",
            "3, PT20S",
            "8, PT10M40S",
            "9, PT15M",
            "10, PT15M",
            "2147483647, PT15M",
    })
    void theWaitDoublesPerFailureInARowUpToTheMaximum(int failures, Duration wait) {
        assertThat(backoff.after(failures)).isEqualTo(wait);
    }

    @Test
    void nothingIsWaitedBeforeAnyFailure() {
        assertThat(backoff.after(0)).isZero();
    }

    @Test
    void aMaximumBelowTheFirstWaitIsRefused() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
