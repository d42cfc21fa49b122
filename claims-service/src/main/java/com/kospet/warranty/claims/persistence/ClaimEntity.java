package com.kospet.warranty.claims.persistence;

import com.kospet.warranty.model.Cause;
import com.kospet.warranty.model.ClaimStatus;
import com.kospet.warranty.model.RejectionReason;
import com.kospet.warranty.model.RequestType;
import com.kospet.warranty.model.policy.OptionStatus;
import com.kospet.warranty.model.policy.PolicyOption;
import com.kospet.warranty.model.policy.Requirement;
import com.kospet.warranty.model.policy.ServiceTimes;
import com.kospet.warranty.claims.domain.ClaimState;
import com.kospet.warranty.claims.domain.Deadlines;
import com.kospet.warranty.claims.domain.InspectionOutcome;
import com.kospet.warranty.claims.domain.Rejection;
import com.kospet.warranty.claims.domain.Shipment;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A claim as stored: what was asked, the policy decision it was opened under (kept as a snapshot,
 * so later changes to the order or the policy never rewrite it), and where it stands now.
 */
@Entity
@Table(name = "claims")
// A transition updates the columns it changed (status, deadlines, version, ...), not the decision snapshot and the
// other texts it leaves as they are.
@DynamicUpdate
public class ClaimEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "order_number", nullable = false)
    public String orderNumber;

    @Column(name = "unit_id", nullable = false)
    public String unitId;

    /** UN-3: the unit originally sold on the order line {@link #unitId} belongs to (itself, unless a replacement). */
    @Column(name = "original_unit_id", nullable = false)
    public String originalUnitId;

    /** UN-3: the serial of the new unit this claim shipped, once shipped. */
    @Column(name = "replacement_unit_id")
    public String replacementUnitId;

    @Column(name = "product_model", nullable = false)
    public String productModel;

    @Column(name = "customer_id", nullable = false)
    public String customerId;

    @Column(name = "customer_email", nullable = false)
    public String customerEmail;

    @Column(name = "customer_name")
    public String customerName;

    /** BCP 47 language tag the customer reads mail in. */
    @Column(nullable = false)
    public String locale;

    @Enumerated(EnumType.STRING)
    @Column(name = "request_type", nullable = false)
    public RequestType requestType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Cause cause;

    public String description;

    @Column(name = "purchase_link")
    public String purchaseLink;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ClaimStatus status;

    @Column(name = "policy_version", nullable = false)
    public String policyVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_status", nullable = false)
    public OptionStatus decisionStatus;

    /** The question the policy answered (a {@code PolicyQuestion} as JSON): the order's facts and the evidence, as of the request day. */
    @Column(name = "policy_question")
    public String policyQuestion;

    /** The policy's option for this request type, as JSON, exactly as answered. */
    @Column(nullable = false)
    public String decision;

    /**
     * The option {@link #decision} was written from by this instance, with the JSON written: answered without parsing
     * that JSON again, and only while {@link #decision} is still that very text.
     */
    @Transient
    private WrittenDecision written;

    private record WrittenDecision(String json, PolicyOption option) {
    }

    /** Stores the decision's option as {@code json}, the text written from {@code option}. */
    public void decision(String json, PolicyOption option) {
        decision = json;
        written = new WrittenDecision(json, option);
    }

    /** The option behind {@link #decision}, if this instance wrote that text; a claim read from the database has none. */
    public Optional<PolicyOption> writtenDecision() {
        return Optional.ofNullable(written).filter(kept -> kept.json() == decision).map(WrittenDecision::option);
    }

    @Column(name = "policy_deadline")
    public LocalDate policyDeadline;

    /** WF-6 as the claim's policy version states them, frozen with its decision: its deadlines are counted from them. */
    @Convert(converter = ServiceTimesColumn.class)
    @Column(name = "service_times")
    public ServiceTimes serviceTimes;

    @Column(nullable = false)
    public String currency;

    @Column(precision = 19, scale = 4)
    public BigDecimal refund;

    @Column(precision = 19, scale = 4)
    public BigDecimal depreciation;

    @Column(name = "price_difference", precision = 19, scale = 4)
    public BigDecimal priceDifference;

    @Column(name = "customer_shipping", precision = 19, scale = 4)
    public BigDecimal customerShipping;

    /** Comma-separated {@code Requirement} names still missing (empty when complete). */
    @Column(name = "missing_requirements", nullable = false)
    public String missingRequirements = "";

    @Column(name = "confirm_by")
    public Instant confirmBy;

    @Column(name = "ship_back_by")
    public LocalDate shipBackBy;

    @Column(name = "payment_due_by")
    public LocalDate paymentDueBy;

    @Column(name = "ship_replacement_by")
    public Instant shipReplacementBy;

    @Column(name = "delivery_estimate_from")
    public LocalDate deliveryEstimateFrom;

    @Column(name = "delivery_estimate_to")
    public LocalDate deliveryEstimateTo;

    @Column(name = "return_carrier")
    public String returnCarrier;

    @Column(name = "return_tracking")
    public String returnTracking;

    @Column(name = "replacement_carrier")
    public String replacementCarrier;

    @Column(name = "replacement_tracking")
    public String replacementTracking;

    @Enumerated(EnumType.STRING)
    @Column(name = "rejection_reason")
    public RejectionReason rejectionReason;

    @Column(name = "rejection_note")
    public String rejectionNote;

    @Column(name = "inspection_outcome")
    public String inspectionOutcome;

    /** The deadline the claim waits on in its current state; null when none (see {@link ClaimState#openDeadline}). */
    @Column(name = "open_deadline")
    public Instant openDeadline;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** How many pictures and videos (DP-2) the claim holds; kept by every evidence upload. */
    @Column(name = "evidence_count", nullable = false)
    public int evidenceCount;

    /** The requirements {@link #missingRequirements} holds as comma-separated names; none when it is empty. */
    public List<Requirement> missingRequirementList() {
        return missingRequirements == null || missingRequirements.isBlank() ? List.of()
                : Arrays.stream(missingRequirements.split(",")).map(Requirement::valueOf).toList();
    }

    /** What the lifecycle needs to decide the next transition. */
    public ClaimState state() {
        if (serviceTimes == null) {
            throw new IllegalStateException("claim " + id + " has no service times");
        }
        return new ClaimState(status, requestType, serviceTimes, missingRequirementList(),
                Optional.ofNullable(priceDifference), Optional.ofNullable(customerShipping),
                new Deadlines(Optional.ofNullable(confirmBy), Optional.ofNullable(shipBackBy),
                        Optional.ofNullable(paymentDueBy), Optional.ofNullable(shipReplacementBy),
                        Optional.ofNullable(deliveryEstimateFrom), Optional.ofNullable(deliveryEstimateTo)),
                shipment(returnCarrier, returnTracking), shipment(replacementCarrier, replacementTracking),
                Optional.ofNullable(rejectionReason).map(reason -> new Rejection(reason, Optional.ofNullable(rejectionNote))),
                Optional.ofNullable(inspectionOutcome).map(InspectionOutcome::valueOf));
    }

    /** Takes over the state a transition produced; {@code zone} ends date deadlines for {@link #openDeadline}. */
    public void apply(ClaimState state, Instant now, ZoneId zone) {
        status = state.status();
        serviceTimes = state.serviceTimes();
        missingRequirements = state.missingRequirements().stream().map(Enum::name).collect(Collectors.joining(","));
        priceDifference = state.priceDifference().orElse(null);
        customerShipping = state.customerShipping().orElse(null);
        Deadlines deadlines = state.deadlines();
        confirmBy = deadlines.confirmBy().orElse(null);
        shipBackBy = deadlines.shipBackBy().orElse(null);
        paymentDueBy = deadlines.paymentDueBy().orElse(null);
        shipReplacementBy = deadlines.shipReplacementBy().orElse(null);
        deliveryEstimateFrom = deadlines.deliveryEstimateFrom().orElse(null);
        deliveryEstimateTo = deadlines.deliveryEstimateTo().orElse(null);
        returnCarrier = state.returnShipment().map(Shipment::carrier).orElse(null);
        returnTracking = state.returnShipment().map(Shipment::trackingNumber).orElse(null);
        replacementCarrier = state.replacementShipment().map(Shipment::carrier).orElse(null);
        replacementTracking = state.replacementShipment().map(Shipment::trackingNumber).orElse(null);
        rejectionReason = state.rejection().map(Rejection::reason).orElse(null);
        rejectionNote = state.rejection().flatMap(Rejection::note).orElse(null);
        inspectionOutcome = state.inspection().map(InspectionOutcome::name).orElse(null);
        openDeadline = state.openDeadline(zone).orElse(null);
        updatedAt = now;
    }

    private static Optional<Shipment> shipment(String carrier, String tracking) {
        return carrier == null || tracking == null ? Optional.empty() : Optional.of(new Shipment(carrier, tracking));
    }
}
