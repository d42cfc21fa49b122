package com.kospet.warranty.claims.domain;

import java.time.Duration;
import java.time.Period;

/**
 * The WF-6 service times the lifecycle sets as deadlines, from configuration.
 *
 * @param confirmWithin         the store confirms a claim within this long of the request, or of its completion
 * @param shipBackWorkingDays   the customer ships the unit within this many working days of the confirmation
 * @param payWithin             <b>Reading</b>: WF-6 names no payment deadline; the customer is asked to pay within this period of receipt
 * @param shipReplacementWithin the store ships the new unit within this long of the payment
 * @param deliveryMinWorkingDays the shortest delivery of the new unit, shown as an estimate
 * @param deliveryMaxWorkingDays the longest
 */
public record ServiceTimes(Duration confirmWithin, int shipBackWorkingDays, Period payWithin, Duration shipReplacementWithin,
                           int deliveryMinWorkingDays, int deliveryMaxWorkingDays) {

    /** The figures of WF-6 in policy version 2024-01. */
    public static ServiceTimes wf6() {
        return new ServiceTimes(Duration.ofHours(24), 7, Period.ofDays(7), Duration.ofHours(48), 10, 30);
    }
}
