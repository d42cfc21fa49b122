package com.kospet.warranty.claims.domain;

import com.kospet.warranty.model.ClaimStatus;
import com.kospet.warranty.model.RequestType;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import static com.kospet.warranty.model.ClaimStatus.APPROVED;
import static com.kospet.warranty.model.ClaimStatus.AWAITING_CONFIRMATION;
import static com.kospet.warranty.model.ClaimStatus.AWAITING_RETURN;
import static com.kospet.warranty.model.ClaimStatus.IN_TRANSIT;
import static com.kospet.warranty.model.ClaimStatus.PAYMENT_DUE;
import static com.kospet.warranty.model.ClaimStatus.RECEIVED;
import static com.kospet.warranty.model.ClaimStatus.REFUNDED;
import static com.kospet.warranty.model.ClaimStatus.REPLACEMENT_SHIPPED;

/**
 * Everything that moves a claim, who may do it, and from which states. The one table of the
 * lifecycle's edges: {@link ClaimLifecycle} decides where each edge leads.
 */
public enum ClaimAction {
    /** The customer opens a claim on the policy's decision: the one edge out of no state ({@link ClaimLifecycle#open}). */
    SUBMIT(Caller.Role.CUSTOMER, EnumSet.noneOf(ClaimStatus.class), type -> true),
    /** Staff confirm the information and the final money (WF-6: within the claim's time, 24 h in 2024-01). */
    CONFIRM(Caller.Role.STAFF, EnumSet.of(AWAITING_CONFIRMATION), type -> true),
    /** Staff refuse the claim at review, naming an exclusion (EX-1 … EX-5). */
    REJECT(Caller.Role.STAFF, EnumSet.of(AWAITING_CONFIRMATION), type -> true),
    /** The customer registers the return parcel, after the DB-1 acknowledgement. */
    RETURN_SHIPMENT(Caller.Role.CUSTOMER, EnumSet.of(AWAITING_RETURN), type -> true),
    /** Staff record that the returned unit arrived. */
    RECEIPT(Caller.Role.STAFF, EnumSet.of(IN_TRANSIT), type -> true),
    /** Staff record the outcome of testing the returned unit (EX-3, EX-4). */
    INSPECTION(Caller.Role.STAFF, EnumSet.of(RECEIVED), type -> true),
    /** The payment system reports the WORRY FREE+ price difference paid (WF-4, WF-6). */
    PAYMENT(Caller.Role.SERVICE, EnumSet.of(PAYMENT_DUE), type -> type == RequestType.WORRY_FREE_REPLACEMENT),
    /** Staff record the refund of a refund-type claim. */
    REFUND(Caller.Role.STAFF, EnumSet.of(APPROVED), RequestType::isRefund),
    /** Staff record the dispatch of the new unit of a replacement-type claim. */
    REPLACEMENT_SHIPMENT(Caller.Role.STAFF, EnumSet.of(APPROVED), RequestType::isReplacement),
    /** The customer withdraws the claim, while nothing has been shipped. */
    CANCEL(Caller.Role.CUSTOMER, EnumSet.of(AWAITING_CONFIRMATION, AWAITING_RETURN), type -> true),
    /** Staff close a settled claim: refunded, or the new unit shipped. */
    CLOSE(Caller.Role.STAFF, EnumSet.of(REFUNDED, REPLACEMENT_SHIPPED), type -> true),
    /** The customer supplies what an INCOMPLETE claim lacked (DP-2, EX-4); the policy decides the claim again. */
    COMPLETE(Caller.Role.CUSTOMER, EnumSet.of(AWAITING_CONFIRMATION), type -> true),
    /** The service itself: the ship-back deadline passed without a registered return. */
    EXPIRE(Caller.Role.SYSTEM, EnumSet.of(AWAITING_RETURN), type -> true);

    private final Caller.Role role;
    private final Set<ClaimStatus> from;
    private final Predicate<RequestType> appliesTo;

    ClaimAction(Caller.Role role, Set<ClaimStatus> from, Predicate<RequestType> appliesTo) {
        this.role = role;
        this.from = from;
        this.appliesTo = appliesTo;
    }

    /** The path segment of {@code POST /api/claims/{id}/{action}}, e.g. {@code return-shipment}. */
    public String pathName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The one role that may take this action. */
    public Caller.Role role() {
        return role;
    }

    public boolean mayBeTakenBy(Caller.Role candidate) {
        return role == candidate;
    }

    /** Whether this action is an edge out of {@code status} for a claim of {@code type}. */
    public boolean isAllowed(ClaimStatus status, RequestType type) {
        return from.contains(status) && appliesTo.test(type);
    }

    public Set<ClaimStatus> from() {
        return Set.copyOf(from);
    }
}
