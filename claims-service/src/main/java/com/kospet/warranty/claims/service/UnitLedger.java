package com.kospet.warranty.claims.service;

import com.kospet.warranty.claims.domain.OrderLine;
import com.kospet.warranty.claims.domain.PolicyRuleViolationException;
import com.kospet.warranty.claims.domain.UnitClaim;
import com.kospet.warranty.claims.domain.UnitIdTakenException;
import com.kospet.warranty.claims.persistence.ClaimEntity;
import com.kospet.warranty.claims.persistence.OrderEntity;
import com.kospet.warranty.claims.persistence.OrderItem;
import com.kospet.warranty.claims.persistence.ReplacementUnitEntity;
import com.kospet.warranty.model.ClaimStatus;
import com.kospet.warranty.model.RequestType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The units of the stored orders (UN-1..UN-3): which order line a unit belongs to, the line's lineage and
 * claims, the replacement units shipped, and the refunds paid per line. Every change to the units of one line
 * (a claim opened on one of them, a refund, a replacement) happens under that line's lock, so two requests
 * about one line are decided one after the other. Callers run it inside their transaction.
 */
@ApplicationScoped
public class UnitLedger {

    /** A stored claim as the units it touches see it. */
    private static final String UNIT_CLAIM =
            "new com.kospet.warranty.claims.domain.UnitClaim(c.id, c.unitId, c.requestType, c.status, c.customerId)";

    private static final List<RequestType> REFUND_TYPES = Arrays.stream(RequestType.values())
            .filter(RequestType::isRefund).toList();

    private final EntityManager entityManager;

    public UnitLedger(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The unit originally sold on the line {@code unitId} belongs to: itself, or the unit a replacement descends from. */
    public Optional<String> originalUnitOf(OrderEntity order, String unitId) {
        if (order.item(unitId).isPresent()) {
            return Optional.of(unitId);
        }
        return Optional.<ReplacementUnitEntity>ofNullable(ReplacementUnitEntity.findById(unitId))
                .filter(unit -> unit.orderNumber.equals(order.orderNumber))
                .map(unit -> unit.originalUnitId)
                .filter(original -> order.item(original).isPresent());
    }

    /** Holds the lock of one order line until the transaction ends. */
    public void lock(String orderNumber, String originalUnitId) {
        entityManager.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1))) line_lock")
                .setParameter(1, "order-line:" + orderNumber + "/" + originalUnitId)
                .getSingleResult();
    }

    /** One line with its replacements and every claim on its units, as stored now. */
    public OrderLine line(String orderNumber, String originalUnitId) {
        List<OrderLine.Replacement> replacements = ReplacementUnitEntity
                .<ReplacementUnitEntity>list("orderNumber = ?1 and originalUnitId = ?2", orderNumber, originalUnitId)
                .stream().map(UnitLedger::replacement).toList();
        List<UnitClaim> claims = entityManager.createQuery("select " + UNIT_CLAIM + """
                         from ClaimEntity c where c.orderNumber = :order and c.originalUnitId = :original
                        order by c.createdAt, c.id""", UnitClaim.class)
                .setParameter("order", orderNumber)
                .setParameter("original", originalUnitId)
                .getResultList();
        return new OrderLine(originalUnitId, replacements, claims);
    }

    /** Every line of {@code order}, in the order's item order, read with two queries. */
    public List<OrderLine> lines(OrderEntity order) {
        Map<String, List<OrderLine.Replacement>> replacements = ReplacementUnitEntity
                .<ReplacementUnitEntity>list("orderNumber", order.orderNumber).stream()
                .collect(Collectors.groupingBy(unit -> unit.originalUnitId,
                        Collectors.mapping(UnitLedger::replacement, Collectors.toList())));
        Map<String, List<UnitClaim>> claims = entityManager.createQuery("select c.originalUnitId, " + UNIT_CLAIM
                        + " from ClaimEntity c where c.orderNumber = :order order by c.createdAt, c.id", Object[].class)
                .setParameter("order", order.orderNumber)
                .getResultList().stream()
                .collect(Collectors.groupingBy(row -> (String) row[0],
                        Collectors.mapping(row -> (UnitClaim) row[1], Collectors.toList())));
        return order.items.stream()
                .map(item -> new OrderLine(item.unitId, replacements.getOrDefault(item.unitId, List.of()),
                        claims.getOrDefault(item.unitId, List.of())))
                .toList();
    }

    /**
     * UN-3: records the new unit {@code claim} shipped, on the claim's order line.
     *
     * @throws UnitIdTakenException when the serial already names a unit of any order
     */
    public void recordReplacement(ClaimEntity claim, String newUnitId, Instant shippedAt) {
        if (isKnown(newUnitId)) {
            throw new UnitIdTakenException(newUnitId);
        }
        ReplacementUnitEntity unit = new ReplacementUnitEntity();
        unit.unitId = newUnitId;
        unit.orderNumber = claim.orderNumber;
        unit.originalUnitId = claim.originalUnitId;
        unit.replacesUnitId = claim.unitId;
        unit.claimId = claim.id;
        unit.shippedAt = shippedAt;
        unit.persist();
        claim.replacementUnitId = newUnitId;
    }

    /**
     * UN-2: before {@code claim} is refunded, under its line's lock: its unit was not refunded already, and the
     * refunds of the line, this one included, do not add up to more than the line's price.
     */
    public void guardRefund(ClaimEntity claim, OrderItem line) {
        lock(claim.orderNumber, claim.originalUnitId);
        List<Object[]> refunded = entityManager.createQuery("""
                        select c.unitId, c.refund from ClaimEntity c
                        where c.orderNumber = :order and c.originalUnitId = :original and c.id <> :claim
                          and c.requestType in :types and c.status in :settled""", Object[].class)
                .setParameter("order", claim.orderNumber)
                .setParameter("original", claim.originalUnitId)
                .setParameter("claim", claim.id)
                .setParameter("types", REFUND_TYPES)
                .setParameter("settled", List.of(ClaimStatus.REFUNDED, ClaimStatus.CLOSED))
                .getResultList();
        if (refunded.stream().anyMatch(row -> claim.unitId.equals(row[0]))) {
            throw new PolicyRuleViolationException("UN-2", "unit " + claim.unitId + " was already refunded");
        }
        BigDecimal before = refunded.stream().map(row -> (BigDecimal) row[1]).filter(amount -> amount != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal total = before.add(claim.refund == null ? BigDecimal.ZERO : claim.refund);
        if (total.compareTo(line.price) > 0) {
            throw new PolicyRuleViolationException("UN-2", "the refunds of order line " + claim.originalUnitId
                    + " would add up to " + total.stripTrailingZeros().toPlainString() + " " + claim.currency
                    + ", more than its price of " + line.price.stripTrailingZeros().toPlainString() + " " + claim.currency);
        }
    }

    private static OrderLine.Replacement replacement(ReplacementUnitEntity unit) {
        return new OrderLine.Replacement(unit.unitId, unit.replacesUnitId);
    }

    /** Whether {@code unitId} already names a unit: one sold on any order, or a replacement shipped. */
    private boolean isKnown(String unitId) {
        if (ReplacementUnitEntity.findById(unitId) != null) {
            return true;
        }
        return !entityManager.createNativeQuery("select 1 from {h-schema}order_items where unit_id = ?1 limit 1")
                .setParameter(1, unitId).getResultList().isEmpty();
    }
}
