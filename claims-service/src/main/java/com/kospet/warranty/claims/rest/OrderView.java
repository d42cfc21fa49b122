package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.domain.OrderLine;
import com.kospet.warranty.claims.domain.UnitStanding;
import com.kospet.warranty.claims.persistence.OrderEntity;
import com.kospet.warranty.claims.service.OrderService;
import com.kospet.warranty.model.Channel;
import com.kospet.warranty.model.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An order as this service answers it. Each item is an order line with its units (UN-3): the unit sold first,
 * then each replacement after the unit it replaced, and where each stands.
 */
@Schema(example = ApiExamples.ORDER_VIEW)
public record OrderView(String orderNumber, String customerId, Channel channel, LocalDate orderDate,
                        @Schema(nullable = true) LocalDate maxEstimatedDeliveryDate,
                        @Schema(nullable = true) LocalDate shippedDate,
                        @Schema(nullable = true) LocalDate deliveredDate,
                        @Schema(nullable = true) String purchaseLink, List<Item> items, Instant updatedAt) {

    public record Item(String unitId, String productModel, Money price, @Schema(nullable = true) Money shippingCost,
                       @Schema(description = "UN-3: the units of this line, the one sold first, then each replacement")
                       List<Unit> units) {
    }

    /**
     * @param replaces    the unit this one replaced; absent for the unit sold
     * @param openClaimId the claim open on it (UN-1), shown to staff and to the claim's own customer
     * @param replacedBy  the unit shipped in its place, when it was replaced and the new unit's serial is known
     */
    public record Unit(String unitId, @Schema(nullable = true) String replaces, UnitStanding.State state,
                       @Schema(nullable = true) UUID openClaimId, @Schema(nullable = true) String replacedBy) {
    }

    /** {@code viewer}: the customer reading it, or empty for staff and services, who see every open claim. */
    public static OrderView of(OrderService.OrderUnits stored, Optional<String> viewer) {
        OrderEntity order = stored.order();
        Currency currency = Currency.getInstance(order.currency);
        return new OrderView(order.orderNumber, order.customerId, order.channel, order.orderDate,
                order.maxEstimatedDeliveryDate, order.shippedDate, order.deliveredDate, order.purchaseLink,
                order.items.stream().map(item -> new Item(item.unitId, item.productModel,
                        new Money(item.price, currency),
                        item.shippingCost == null ? null : new Money(item.shippingCost, currency),
                        units(stored.line(item.unitId), viewer))).toList(),
                order.updatedAt);
    }

    private static List<Unit> units(OrderLine line, Optional<String> viewer) {
        return line.units().stream().map(standing -> new Unit(standing.unitId(), standing.replaces().orElse(null),
                standing.state(), standing.openClaimShownTo(viewer).orElse(null), standing.replacedBy().orElse(null)))
                .toList();
    }
}
