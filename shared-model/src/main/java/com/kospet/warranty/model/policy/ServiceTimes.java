package com.kospet.warranty.model.policy;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.time.Duration;
import java.time.Period;
import java.util.Objects;

/**
 * WF-6: the service times of one policy version, which a claim keeps as its deadlines. Part of the policy's
 * answer, frozen on a claim with its decision, and carried by every claim event. On the wire the durations and
 * the period are ISO-8601 text ({@code "PT24H"}, {@code "P7D"}).
 *
 * @param confirmation              the store confirms the details and the price difference within this of the request
 * @param returnShipmentWorkingDays the customer ships the unit within this many working days of the confirmation
 * @param payment                   <b>Reading</b>: WF-6 names no payment deadline; a WORRY FREE+ price difference is
 *                                  due within this period of the unit's receipt
 * @param replacementDispatch       the store ships the new unit within this of the payment
 * @param deliveryMinWorkingDays    the delivery of the new unit takes at least this many working days (an estimate)
 * @param deliveryMaxWorkingDays    and at most this many
 */
public record ServiceTimes(
        @JsonFormat(shape = JsonFormat.Shape.STRING) Duration confirmation,
        int returnShipmentWorkingDays,
        Period payment,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Duration replacementDispatch,
        int deliveryMinWorkingDays,
        int deliveryMaxWorkingDays) {

    public ServiceTimes {
        Objects.requireNonNull(confirmation, "confirmation");
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(replacementDispatch, "replacementDispatch");
        if (confirmation.isNegative() || payment.isNegative() || replacementDispatch.isNegative()
                || returnShipmentWorkingDays < 0 || deliveryMinWorkingDays < 0
                || deliveryMaxWorkingDays < deliveryMinWorkingDays) {
            throw new IllegalArgumentException("service times must be non-negative and the delivery range ordered");
        }
    }
}
