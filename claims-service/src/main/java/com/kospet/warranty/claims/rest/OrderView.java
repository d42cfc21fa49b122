package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.persistence.OrderEntity;
import com.kospet.warranty.model.Channel;
import com.kospet.warranty.model.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An order as this service answers it. */
@Schema(example = ApiExamples.ORDER_VIEW)
public record OrderView(String orderNumber, String customerId, Channel channel, LocalDate orderDate,
                        LocalDate maxEstimatedDeliveryDate, LocalDate shippedDate, LocalDate deliveredDate,
                        String purchaseLink, List<Item> items, Instant updatedAt) {

    public record Item(String unitId, String productModel, Money price, Money shippingCost) {
    }

    public static OrderView of(OrderEntity order) {
        Currency currency = Currency.getInstance(order.currency);
        return new OrderView(order.orderNumber, order.customerId, order.channel, order.orderDate,
                order.maxEstimatedDeliveryDate, order.shippedDate, order.deliveredDate, order.purchaseLink,
                order.items.stream().map(item -> new Item(item.unitId, item.productModel,
                        new Money(item.price, currency),
                        item.shippingCost == null ? null : new Money(item.shippingCost, currency))).toList(),
                order.updatedAt);
    }
}
