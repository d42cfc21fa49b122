package com.kospet.warranty.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void amountsCarryTheScaleOfTheirCurrency() {
        assertThat(Money.of("199", "USD").amount()).isEqualByComparingTo("199.00").hasToString("199.00");
        assertThat(Money.of("1990", "JPY").amount()).hasToString("1990");
        assertThat(Money.of("1.5", "KWD").amount()).hasToString("1.500");
    }

    @Test
    void ratesRoundHalfEvenToTheMinorUnit() {
        assertThat(Money.of("0.05", "USD").times(new BigDecimal("0.5")).amount()).hasToString("0.02");
        assertThat(Money.of("0.15", "USD").times(new BigDecimal("0.5")).amount()).hasToString("0.08");
        assertThat(Money.of("199.00", "USD").times(new BigDecimal("0.70")).amount()).hasToString("139.30");
    }

    @Test
    void aNegativeResultIsFloorToZeroOnlyWhenAsked() {
        Money negative = Money.of("5.00", "USD").minus(Money.of("12.00", "USD"));
        assertThat(negative.isNegative()).isTrue();
        assertThat(negative.atLeastZero()).isEqualTo(Money.zero(negative.currency()));
    }

    @Test
    void arithmeticAcrossCurrenciesIsRefused() {
        assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "EUR")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("currency mismatch");
    }
}
