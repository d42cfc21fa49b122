package com.kospet.warranty.model.policy;

import com.kospet.warranty.model.Cause;
import com.kospet.warranty.model.Channel;
import com.kospet.warranty.model.Money;

import java.time.LocalDate;

/**
 * The facts of one purchased unit, as asked of {@code POST /api/policy/evaluate}.
 * Wire record: absent facts are {@code null} (a unit not yet shipped has no {@code shippedDate}).
 *
 * @param requestDate                 the day the customer asks; {@code null} means today in the policy's zone
 * @param shippingCost                one shipping leg of this order; {@code null} means the configured default
 * @param mediaCount                  pictures and videos that show the problem (DP-2)
 * @param priorWorryFreeReplacements  WORRY FREE+ replacements this unit already had (WF-3)
 * @param carrierDamageProof          whether the carrier's proof of damage in transit is supplied (EX-4)
 */
public record PolicyQuestion(
        Channel channel,
        String orderNumber,
        String purchaseLink,
        LocalDate orderDate,
        LocalDate maxEstimatedDeliveryDate,
        LocalDate shippedDate,
        LocalDate deliveredDate,
        LocalDate requestDate,
        Money price,
        Money shippingCost,
        String productModel,
        Cause cause,
        Integer mediaCount,
        Integer priorWorryFreeReplacements,
        Boolean carrierDamageProof) {
}
