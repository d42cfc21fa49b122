package com.kospet.warranty.policy.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * WF-6: the service times of WORRY FREE+. The claim tracks them as deadlines; the policy states them.
 *
 * @param confirmation            the store confirms the information and the price difference within this
 * @param returnShipmentWorkingDays the customer ships the unit within this many working days of the confirmation
 * @param replacementDispatch     the store ships the new unit within this after payment
 * @param deliveryMinWorkingDays  delivery estimate, shortest
 * @param deliveryMaxWorkingDays  delivery estimate, longest
 */
public record ServiceTimes(
        Duration confirmation,
        int returnShipmentWorkingDays,
        Duration replacementDispatch,
        int deliveryMinWorkingDays,
        int deliveryMaxWorkingDays) {

    public ServiceTimes {
        Objects.requireNonNull(confirmation, "confirmation");
        Objects.requireNonNull(replacementDispatch, "replacementDispatch");
        if (returnShipmentWorkingDays < 0 || deliveryMinWorkingDays < 0 || deliveryMaxWorkingDays < deliveryMinWorkingDays) {
            throw new IllegalArgumentException("service times must be non-negative and the delivery range ordered");
        }
    }
}
