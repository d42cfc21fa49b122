package com.kospet.warranty.policy.engine;

import com.kospet.warranty.model.Money;

import java.util.Currency;
import java.util.Map;
import java.util.Optional;

/** The cost of one shipping leg when the question does not give the order's own, per currency. */
public record ShippingCostDefaults(Map<Currency, Money> perCurrency) {

    public ShippingCostDefaults {
        perCurrency = Map.copyOf(perCurrency);
    }

    public Optional<Money> in(Currency currency) {
        return Optional.ofNullable(perCurrency.get(currency));
    }
}
