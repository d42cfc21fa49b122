package bench.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A claim-shaped row: what a plain insert app stores for one request. */
@Entity
@Table(name = "reference_claims")
public class ReferenceClaim extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "order_number", nullable = false)
    public String orderNumber;
    @Column(name = "unit_id", nullable = false)
    public String unitId;
    @Column(name = "customer_id", nullable = false)
    public String customerId;
    @Column(name = "request_type", nullable = false)
    public String requestType;
    @Column(nullable = false)
    public String cause;
    @Column(length = 4000)
    public String description;
    @Column(nullable = false)
    public String status;
    @Column(precision = 19, scale = 4)
    public BigDecimal refund;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
