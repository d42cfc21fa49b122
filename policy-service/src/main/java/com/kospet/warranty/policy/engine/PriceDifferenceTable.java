package com.kospet.warranty.policy.engine;

import com.kospet.warranty.model.Money;

import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * WF-4: the WORRY FREE+ price difference per product model and failure category, with a default per
 * currency for models and categories not in the table. A quote is an estimate until staff confirm it.
 *
 * @param byModel  model key (see {@link #modelKey}) → category → price difference
 * @param defaults currency → price difference for anything not in the table
 */
public record PriceDifferenceTable(Map<String, Map<FailureCategory, Money>> byModel, Map<Currency, Money> defaults) {

    public PriceDifferenceTable {
        Map<String, Map<FailureCategory, Money>> copy = new HashMap<>();
        byModel.forEach((model, prices) -> copy.put(ProductModel.key(model), Map.copyOf(new EnumMap<>(prices))));
        byModel = Map.copyOf(copy);
        defaults = Map.copyOf(defaults);
    }

    /** A price difference and where it came from, for the trace. */
    public record Quote(Money amount, String source) {
    }

    /** The price difference for a model and category in the order's currency, if the table or a default has one. */
    public Optional<Quote> quote(Optional<String> model, Optional<FailureCategory> category, Currency currency) {
        Optional<Money> listed = model.map(ProductModel::key)
                .map(byModel::get)
                .flatMap(prices -> category.map(prices::get))
                .filter(price -> price.currency().equals(currency));
        if (listed.isPresent()) {
            return Optional.of(new Quote(listed.get(),
                    "the price table for " + model.get().trim() + " and " + category.get().key()));
        }
        return Optional.ofNullable(defaults.get(currency))
                .map(price -> new Quote(price, "the default of the price table"));
    }

    /** The key a model is listed under: lower case, words joined by hyphens. */
    public static String modelKey(String model) {
        return ProductModel.key(model);
    }
}
