package com.kospet.warranty.model.policy;

import com.kospet.warranty.model.RequestType;

import java.time.LocalDate;
import java.util.List;

/**
 * What the policy says about one request type. Wire record: {@code deadline} and {@code redirect}
 * are {@code null} where none applies.
 */
public record PolicyOption(
        RequestType type,
        OptionStatus status,
        LocalDate deadline,
        OptionMoney money,
        List<ShippingCharge> shipping,
        List<Requirement> requirements,
        Redirect redirect,
        List<TraceEntry> trace) {

    public PolicyOption {
        shipping = List.copyOf(shipping);
        requirements = List.copyOf(requirements);
        trace = List.copyOf(trace);
    }
}
