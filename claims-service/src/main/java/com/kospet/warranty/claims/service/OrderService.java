package com.kospet.warranty.claims.service;

import com.kospet.warranty.claims.domain.Caller;
import com.kospet.warranty.claims.domain.NotFoundException;
import com.kospet.warranty.claims.domain.OrderLine;
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
    private final UnitLedger units;

    public OrderService(Clock clock, UnitLedger units) {
        this.clock = clock;
        this.units = units;
    }

    /** The facts of an order, as reported; validated by the caller. */
    public record OrderFacts(String customerId, String customerEmail, Channel channel, LocalDate orderDate,
                             LocalDate maxEstimatedDeliveryDate, LocalDate shippedDate, LocalDate deliveredDate,
                             String currency, String purchaseLink, List<Item> items) {
        public record Item(String unitId, String productModel, BigDecimal price, BigDecimal shippingCost) {
        }
    }

    /** The order and its lines' units (UN-3). */
    public record OrderUnits(OrderEntity order, List<OrderLine> lines) {

        /** The line of the unit originally sold as {@code originalUnitId}; there is one for every item. */
        public OrderLine line(String originalUnitId) {
            return lines.stream().filter(line -> line.originalUnitId().equals(originalUnitId)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("order " + order.orderNumber + " has no item " + originalUnitId));
        }
    }

    public record Upserted(OrderUnits order, boolean created) {
    }

    /**
     * Creates the order or replaces its facts. Claims already opened keep the snapshot they were decided on.
     * An order feed that sends one new order twice at once gets one order: the row is inserted if absent, then
     * locked, so the two PUTs are applied one after the other (the first creates, the second updates).
     */
    @Transactional
    public Upserted upsert(String orderNumber, OrderFacts facts) {
        Instant now = clock.instant();
        boolean created = OrderEntity.getEntityManager().createNativeQuery("""
                        insert into {h-schema}orders (order_number, customer_id, customer_email, channel, order_date, currency,
                                            created_at, updated_at, version)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, 0)
                        on conflict (order_number) do nothing""")
                .setParameter(1, orderNumber)
                .setParameter(2, facts.customerId())
                .setParameter(3, facts.customerEmail())
                .setParameter(4, facts.channel().name())
                .setParameter(5, facts.orderDate())
                .setParameter(6, facts.currency())
                .setParameter(7, now)
                .executeUpdate() == 1;
        // Locked first, then read: the read sees the state the previous holder of the lock committed.
        OrderEntity.getEntityManager().createNativeQuery("select 1 from {h-schema}orders where order_number = ?1 for update")
                .setParameter(1, orderNumber).getSingleResult();
        OrderEntity order = OrderEntity.findById(orderNumber);
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
        OrderEntity.getEntityManager().flush();
        return new Upserted(new OrderUnits(order, units.lines(order)), created);
    }

    /** The order, if the caller may see it: staff and services see every order, a customer only their own. */
    @Transactional
    public OrderEntity visibleTo(String orderNumber, Caller caller) {
        return Optional.<OrderEntity>ofNullable(OrderEntity.findById(orderNumber))
                .filter(order -> !caller.isCustomer() || order.belongsTo(caller.id()))
                .orElseThrow(() -> new NotFoundException("order " + orderNumber));
    }

    /** The order with its units, if the caller may see it. */
    @Transactional
    public OrderUnits withUnits(String orderNumber, Caller caller) {
        OrderEntity order = visibleTo(orderNumber, caller);
        return new OrderUnits(order, units.lines(order));
    }
}
