package com.kospet.warranty.policy.engine;

import com.kospet.warranty.model.RequestType;
import com.kospet.warranty.model.policy.ShippingCharge.Leg;
import com.kospet.warranty.model.policy.ShippingCharge.Payer;

import java.util.EnumMap;
import java.util.Map;

/**
 * Who pays which shipping leg, per request type (DR-2, DP-3, ND-2, CX-2, WF-5). DP-3's change after the
 * free period is {@link FreeReplacementShipping}; this table holds the legs before it.
 */
public record FreightRules(Map<RequestType, Map<Leg, Payer>> legs) {

    public FreightRules {
        Map<RequestType, Map<Leg, Payer>> copy = new EnumMap<>(RequestType.class);
        legs.forEach((type, payers) -> copy.put(type, payers.isEmpty() ? Map.of() : new EnumMap<>(payers)));
        legs = Map.copyOf(copy);
    }

    /** The legs of a request type in leg order (outbound, return, dispatch); none when not configured. */
    public Map<Leg, Payer> of(RequestType type) {
        return legs.getOrDefault(type, Map.of());
    }
}
