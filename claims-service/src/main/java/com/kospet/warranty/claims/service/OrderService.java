package com.kospet.warranty.claims.service;

import com.kospet.warranty.claims.domain.Caller;
import com.kospet.warranty.claims.domain.NotFoundException;
import com.kospet.warranty.claims.persistence.OrderEntity;
import com.kospet.warranty.claims.persistence.OrderItem;
import com.kospet.warranty.model.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The order facts the policy needs, as the order system reports them. */
@ApplicationScoped
public class OrderService {

    private final Clock clock;

    public OrderService(Clock clock) {
        this.clock = clock;
    }

    /** The facts of an order, as reported; validated by the caller. */
    public record OrderFacts(String customerId, String customerEmail, Channel channel, LocalDate orderDate,
                             LocalDate maxEstimatedDeliveryDate, LocalDate shippedDate, LocalDate deliveredDate,
                             String currency, String purchaseLink, List<Item> items) {
        public record Item(String unitId, String productModel, BigDecimal price, BigDecimal shippingCost) {
        }
    }

    public record Upserted(OrderEntity order, boolean created) {
    }

    /** Creates the order or replaces its facts. Claims already opened keep the snapshot they were decided on. */
    @Transactional
    public Upserted upsert(String orderNumber, OrderFacts facts) {
        Instant now = clock.instant();
        OrderEntity order = OrderEntity.findById(orderNumber);
        boolean created = order == null;
        if (created) {
            order = new OrderEntity();
            order.orderNumber = orderNumber;
            order.createdAt = now;
        }
        order.customerId = facts.customerId();
        order.customerEmail = facts.customerEmail();
        order.channel = facts.channel();
        order.orderDate = facts.orderDate();
        order.maxEstimatedDeliveryDate = facts.maxEstimatedDeliveryDate();
        order.shippedDate = facts.shippedDate();
        order.deliveredDate = facts.deliveredDate();
        order.currency = facts.currency();
        order.purchaseLink = facts.purchaseLink();
        order.items.clear();
        for (OrderFacts.Item item : facts.items()) {
            order.items.add(new OrderItem(item.unitId(), item.productModel(), item.price(), item.shippingCost()));
        }
        order.updatedAt = now;
        if (created) {
            order.persist();
        }
        return new Upserted(order, created);
    }

    /** The order, if the caller may see it: staff and services see every order, a customer only their own. */
    @Transactional
    public OrderEntity visibleTo(String orderNumber, Caller caller) {
        return Optional.<OrderEntity>ofNullable(OrderEntity.findById(orderNumber))
                .filter(order -> !caller.isCustomer() || order.belongsTo(caller.id(), caller.email()))
                .orElseThrow(() -> new NotFoundException("order " + orderNumber));
    }
}
