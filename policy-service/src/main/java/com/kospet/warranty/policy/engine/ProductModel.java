package com.kospet.warranty.policy.engine;

import java.util.Locale;

/** How a product model is looked up in the price table: case and spacing do not matter ("TANK T3" = "tank-t3"). */
final class ProductModel {

    private ProductModel() {
    }

    static String key(String model) {
        return model.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
    }
}
