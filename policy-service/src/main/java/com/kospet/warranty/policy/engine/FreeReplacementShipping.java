package com.kospet.warranty.policy.engine;

import com.kospet.warranty.model.policy.ShippingCharge.Leg;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Set;

/**
 * DP-3: the replacement unit is free; once the request comes more than {@code period} after the order,
 * the buyer bears the shipping. Which legs the buyer then bears is configuration
 * (the reading of 2024-01: both the return and the dispatch).
 */
public record FreeReplacementShipping(Period period, Set<Leg> buyerLegsAfterwards) {

    public FreeReplacementShipping {
        Objects.requireNonNull(period, "period");
        buyerLegsAfterwards = Set.copyOf(buyerLegsAfterwards);
    }

    /** Whether a request on {@code requestDate} still has its shipping paid by the store. */
    public boolean coversRequestOn(LocalDate orderDate, LocalDate requestDate) {
        return !requestDate.isAfter(lastDay(orderDate));
    }

    public LocalDate lastDay(LocalDate orderDate) {
        return orderDate.plus(period);
    }
}
