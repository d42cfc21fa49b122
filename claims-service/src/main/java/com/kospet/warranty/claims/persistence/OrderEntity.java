package com.kospet.warranty.claims.persistence;

import com.kospet.warranty.model.Channel;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The facts of one order as the order system reported them last. */
@Entity
@Table(name = "orders")
public class OrderEntity extends PanacheEntityBase {

    @Id
    @Column(name = "order_number")
    public String orderNumber;

    @Column(name = "customer_id", nullable = false)
    public String customerId;

    @Column(name = "customer_email", nullable = false)
    public String customerEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Column(name = "order_date", nullable = false)
    public LocalDate orderDate;

    @Column(name = "max_estimated_delivery_date")
    public LocalDate maxEstimatedDeliveryDate;

    @Column(name = "shipped_date")
    public LocalDate shippedDate;

    @Column(name = "delivered_date")
    public LocalDate deliveredDate;

    @Column(nullable = false)
    public String currency;

    @Column(name = "purchase_link")
    public String purchaseLink;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_items", joinColumns = @JoinColumn(name = "order_number"))
    @OrderBy("unitId")
    public List<OrderItem> items = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public Optional<OrderItem> item(String unitId) {
        return items.stream().filter(item -> item.unitId.equals(unitId)).findFirst();
    }

    /**
     * Whether the caller with this token subject is this order's customer. The subject alone decides, as for
     * claims: an email address in a token proves nothing about whose order it is.
     */
    public boolean belongsTo(String subject) {
        return customerId.equals(subject);
    }
}
