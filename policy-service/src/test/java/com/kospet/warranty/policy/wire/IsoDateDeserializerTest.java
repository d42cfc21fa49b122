package com.kospet.warranty.policy.wire;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast path reads exactly the strict ISO dates and leaves everything else to Jackson's own reader. */
class IsoDateDeserializerTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-10", "2024-02-29", "0001-01-01", "9999-12-31", "2026-12-31"})
    void aStrictIsoDateIsReadAsLocalDateParseReadsIt(String text) {
        assertThat(IsoDateDeserializer.parse(text)).isEqualTo(LocalDate.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "2026-1-10", "2026/01/10",
            "20260110", "2026-01-1x", "+2026-01-10", "", "yesterday", "2026-01-10T00:00"})
    void anythingElseIsLeftToTheGeneralReader(String text) {
        assertThat(IsoDateDeserializer.parse(text)).isNull();
    }
}
