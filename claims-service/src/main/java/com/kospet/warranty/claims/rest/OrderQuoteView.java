package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.domain.UnitStanding;
import com.kospet.warranty.claims.service.OrderQuotes;
import com.kospet.warranty.model.policy.PolicyOption;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What each unit of a stored order may be claimed for today, as a claim opened now would be decided. */
@Schema(example = ApiExamples.ORDER_OPTIONS)
public record OrderQuoteView(String orderNumber, LocalDate requestDate, List<Unit> units) {

    /**
     * @param worryFreeReplacements WF-3: the WORRY FREE+ replacements the unit's whole order line had
     * @param options               one per request type; all NOT_ELIGIBLE, for UN-1, UN-2 or UN-3, when the unit takes no claim
     */
    public record Unit(String unitId, String originalUnitId, UnitStanding.State state,
                       @Schema(nullable = true, description = "UN-1: the claim open on the unit, shown to staff and to its own customer")
                       UUID openClaimId,
                       int worryFreeReplacements, String policyVersion, List<PolicyOption> options) {
    }

    static OrderQuoteView of(OrderQuotes.Quote quote) {
        return new OrderQuoteView(quote.orderNumber(), quote.requestDate(), quote.units().stream()
                .map(unit -> new Unit(unit.unitId(), unit.originalUnitId(), unit.state(), unit.openClaimId().orElse(null),
                        unit.worryFreeReplacements(), unit.policyVersion(), unit.options()))
                .toList());
    }
}
