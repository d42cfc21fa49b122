package com.kospet.warranty.claims.events;

import com.kospet.warranty.claims.persistence.ClaimEntity;
import com.kospet.warranty.model.ClaimStatus;
import com.kospet.warranty.model.Money;
import com.kospet.warranty.model.event.ClaimEventData;

import java.math.BigDecimal;
import java.util.Currency;

/** The claim snapshot an event carries: everything a consumer needs without calling back. */
public final class ClaimEventMapper {

    private ClaimEventMapper() {
    }

    public static ClaimEventData snapshot(ClaimEntity claim, ClaimStatus previousStatus) {
        Currency currency = Currency.getInstance(claim.currency);
        return new ClaimEventData(
                claim.id,
                claim.orderNumber,
                claim.unitId,
                claim.productModel,
                claim.requestType,
                claim.status,
                previousStatus,
                new ClaimEventData.Customer(claim.customerId, claim.customerEmail, claim.customerName, claim.locale),
                claim.policyVersion,
                new ClaimEventData.Figures(money(claim.refund, currency), money(claim.depreciation, currency),
                        money(claim.priceDifference, currency), money(claim.customerShipping, currency)),
                claim.missingRequirementList(),
                new ClaimEventData.Deadlines(claim.confirmBy, claim.shipBackBy, claim.paymentDueBy,
                        claim.shipReplacementBy, claim.deliveryEstimateFrom, claim.deliveryEstimateTo),
                shipment(claim),
                claim.rejectionReason == null ? null
                        : new ClaimEventData.Rejection(claim.rejectionReason, claim.rejectionReason.rule(), claim.rejectionNote),
                claim.originalUnitId,
                claim.replacementUnitId,
                claim.serviceTimes);
    }

    private static ClaimEventData.Shipment shipment(ClaimEntity claim) {
        if (claim.replacementTracking != null) {
            return new ClaimEventData.Shipment(claim.replacementCarrier, claim.replacementTracking);
        }
        if (claim.returnTracking != null) {
            return new ClaimEventData.Shipment(claim.returnCarrier, claim.returnTracking);
        }
        return null;
    }

    private static Money money(BigDecimal amount, Currency currency) {
        return amount == null ? null : new Money(amount, currency);
    }
}
