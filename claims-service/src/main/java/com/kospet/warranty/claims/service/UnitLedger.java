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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The units of the stored orders (UN-1..UN-3): which order line a unit belongs to, the line's lineage and
 * claims, the replacement units shipped, and the refunds paid per line. Every change to the units of one line
 * (a claim opened on one of them, a refund, a replacement) happens under that line's lock, so two requests
 * about one line are decided one after the other. Callers run it inside their transaction.
 */
@ApplicationScoped
public class UnitLedger {

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

    /** One line with its replacements and every claim on its units, as stored now, read with one statement. */
    public OrderLine line(String orderNumber, String originalUnitId) {
        return units(orderNumber, Optional.of(originalUnitId)).line(originalUnitId);
    }

    /** Every line of {@code order}, in the order's item order, read with one statement. */
    public List<OrderLine> lines(OrderEntity order) {
        Units units = units(order.orderNumber, Optional.empty());
        return order.items.stream().map(item -> units.line(item.unitId)).toList();
    }

    /**
     * The claims (by when they were made) and the replacement units (by when they were shipped) of an order's lines, or
     * of one line, in one statement: a claim is submitted after reading its line twice, before asking the policy and
     * again under the line's lock, so every round trip saved here is saved twice per claim.
     */
    private Units units(String orderNumber, Optional<String> originalUnitId) {
        String claimsOfLine = originalUnitId.isPresent() ? " and c.original_unit_id = ?2" : "";
        String replacementsOfLine = originalUnitId.isPresent() ? " and r.original_unit_id = ?2" : "";
        var query = entityManager.createNativeQuery("select 'claim' as kind, c.original_unit_id, c.unit_id, c.id,"
                + " c.request_type, c.status, c.customer_id, null as replaces, c.created_at as at"
                + " from {h-schema}claims c where c.order_number = ?1" + claimsOfLine
                + " union all select 'replacement', r.original_unit_id, r.unit_id, r.claim_id, null, null, null,"
                + " r.replaces_unit_id, r.shipped_at from {h-schema}replacement_units r where r.order_number = ?1"
                + replacementsOfLine
                + " order by kind, at, id");
        query.setParameter(1, orderNumber);
        originalUnitId.ifPresent(original -> query.setParameter(2, original));
        Units units = new Units();
        for (Object row : query.getResultList()) {
            Object[] column = (Object[]) row;
            String original = (String) column[1];
            String unitId = (String) column[2];
            if ("claim".equals(column[0])) {
                units.claims.computeIfAbsent(original, line -> new ArrayList<>()).add(new UnitClaim((UUID) column[3],
                        unitId, RequestType.valueOf((String) column[4]), ClaimStatus.valueOf((String) column[5]),
                        (String) column[6]));
            } else {
                units.replacements.computeIfAbsent(original, line -> new ArrayList<>())
                        .add(new OrderLine.Replacement(unitId, (String) column[7]));
            }
        }
        return units;
    }

    /** What {@link #units} read, per original unit. */
    private static final class Units {
        final Map<String, List<UnitClaim>> claims = new HashMap<>();
        final Map<String, List<OrderLine.Replacement>> replacements = new HashMap<>();

        OrderLine line(String originalUnitId) {
            return new OrderLine(originalUnitId, replacements.getOrDefault(originalUnitId, List.of()),
                    claims.getOrDefault(originalUnitId, List.of()));
        }
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

    /** Whether {@code unitId} already names a unit: one sold on any order, or a replacement shipped. */
    private boolean isKnown(String unitId) {
        if (ReplacementUnitEntity.findById(unitId) != null) {
            return true;
        }
        return !entityManager.createNativeQuery("select 1 from {h-schema}order_items where unit_id = ?1 limit 1")
                .setParameter(1, unitId).getResultList().isEmpty();
    }
}
