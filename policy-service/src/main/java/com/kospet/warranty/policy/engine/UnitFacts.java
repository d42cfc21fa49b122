package com.kospet.warranty.policy.engine;

import com.kospet.warranty.model.Cause;
import com.kospet.warranty.model.Channel;
import com.kospet.warranty.model.Money;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The checked facts of one purchased unit, as the rules read them: what the question left out is
 * {@link Optional#empty()}, and the request date is resolved.
 *
 * @param shippingCost one shipping leg of this order: the question's own, else the version's default
 *                     for the currency, else unknown
 */
public record UnitFacts(
        Channel channel,
        Optional<String> orderNumber,
        Optional<String> purchaseLink,
        LocalDate orderDate,
        Optional<LocalDate> maxEstimatedDeliveryDate,
        Optional<LocalDate> shippedDate,
        Optional<LocalDate> deliveredDate,
        LocalDate requestDate,
        Money price,
        Optional<Money> shippingCost,
        Optional<String> productModel,
        Optional<Cause> cause,
        int mediaCount,
        int priorWorryFreeReplacements,
        boolean carrierDamageProof) {

    /** Shipped means handed to the carrier; a delivered order was shipped even when the ship date is unknown. */
    public boolean isShipped() {
        return shippedDate.isPresent() || deliveredDate.isPresent();
    }
}
