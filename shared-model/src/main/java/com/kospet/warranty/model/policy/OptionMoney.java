package com.kospet.warranty.model.policy;

import com.kospet.warranty.model.Money;

/** The money of one option. Wire record: a figure that does not apply is {@code null}. */
public record OptionMoney(Money refund, Money depreciation, Money priceDifference) {
}
