package com.kospet.warranty.notifications.consumer;

import com.kospet.warranty.model.event.ClaimEventCodec;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class StoreUnavailableTest {

    @ParameterizedTest(name = "SQLSTATE {0} ({1}): retried = {2}")
    @CsvSource({
            "08006, connection failure, true",
            "08001, cannot connect, true",
            "40001, serialization failure, true",
            "40P01, deadlock, true",
            "53300, too many connections, true",
            "57P01, administrator shutdown, true",
            "57P03, starting up, true",
            "23505, unique violation by a concurrent instance, true",
            "22001, value too long, false",
            "23502, not null violation, false",
            "42P01, undefined table, false",
    })
    void aDatabaseFailureIsRetriedOnlyWhenItSaysNothingAboutTheEvent(String state, String meaning, boolean retried) {
        Exception failure = new PersistenceException("could not execute statement", new SQLException(meaning, state));
        assertThat(StoreUnavailable.causes(failure)).isEqualTo(retried);
    }

    @Test
    void aPoolThatHandsOutNoConnectionInTimeIsRetried() {
        assertThat(StoreUnavailable.causes(new PersistenceException(new SQLException("Sorry, acquisition timeout!")))).isTrue();
    }

    @Test
    void anUnreadableEventIsNot() {
        assertThat(StoreUnavailable.causes(new ClaimEventCodec.MalformedClaimEventException("not a claim event"))).isFalse();
        assertThat(StoreUnavailable.causes(new IllegalArgumentException("no customer"))).isFalse();
    }
}
