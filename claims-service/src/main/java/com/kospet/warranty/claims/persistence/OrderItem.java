package com.kospet.warranty.claims.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** One purchased unit of an order: a claim is always about one unit. */
@Embeddable
public class OrderItem {

    @Column(name = "unit_id", nullable = false)
    public String unitId;

    @Column(name = "product_model", nullable = false)
    public String productModel;

    /** In the order's currency. */
    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal price;

    /** One shipping leg of this unit, in the order's currency; absent when the order system does not say. */
    @Column(name = "shipping_cost", precision = 19, scale = 4)
    public BigDecimal shippingCost;

    public OrderItem() {
    }

    public OrderItem(String unitId, String productModel, BigDecimal price, BigDecimal shippingCost) {
        this.unitId = unitId;
        this.productModel = productModel;
        this.price = price;
        this.shippingCost = shippingCost;
    }
}
