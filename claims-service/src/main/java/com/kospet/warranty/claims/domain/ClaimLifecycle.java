package com.kospet.warranty.claims.domain;

import com.kospet.warranty.model.ClaimStatus;
import com.kospet.warranty.model.RejectionReason;
import com.kospet.warranty.model.RequestType;
import com.kospet.warranty.model.event.ClaimEventType;
import com.kospet.warranty.model.policy.Requirement;
import com.kospet.warranty.workingdays.WorkingDayCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The claim state machine (ARCHITECTURE.md, "Claim lifecycle"): decides, for one claim and one
 * command, whether the caller may act, whether the action is an edge out of the current state, and
 * what the claim looks like after it, with the WF-6 deadlines the action sets, counted from the service times
 * of the claim's own policy version. Plain Java: the service layer records the result, its history row and its
 * event in one transaction.
 *
 * <pre>
 * (no claim) ─submit (the policy's decision: ELIGIBLE or INCOMPLETE)─▶ AWAITING_CONFIRMATION
 * AWAITING_CONFIRMATION ─confirm─▶ AWAITING_RETURN ─return-shipment─▶ IN_TRANSIT ─receipt─▶ RECEIVED ─inspection─▶ APPROVED | REJECTED
 *            │  └─confirm (CANCEL)─▶ APPROVED                          └─receipt (WORRY FREE+)─▶ PAYMENT_DUE ─payment─▶ APPROVED
 *            └─reject─▶ REJECTED
 * APPROVED ─refund (refund types)─▶ REFUNDED ─close─▶ CLOSED
 *          ─replacement-shipment (replacement types)─▶ REPLACEMENT_SHIPPED ─close─▶ CLOSED
 * AWAITING_CONFIRMATION, AWAITING_RETURN ─cancel─▶ CANCELLED;   AWAITING_RETURN past ship-back-by ─expire─▶ EXPIRED
 * AWAITING_CONFIRMATION ─complete (the customer adds evidence)─▶ AWAITING_CONFIRMATION
 * </pre>
 */
public final class ClaimLifecycle {

    private final WorkingDayCalendar workingDays;
    private final ZoneId zone;

    public ClaimLifecycle(WorkingDayCalendar workingDays, ZoneId zone) {
        this.workingDays = Objects.requireNonNull(workingDays, "workingDays");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * Opens a claim on the policy's decision. WF-6: the store confirms within its time of the request.
     *
     * @throws ActionForbiddenException the role may not open a claim
     */
    public Transition open(ClaimCommand.Submit submit, Caller.Role role, Instant now) {
        if (!ClaimAction.SUBMIT.mayBeTakenBy(role)) {
            throw new ActionForbiddenException(ClaimAction.SUBMIT, role);
        }
        PolicyDecision decision = submit.decision();
        return new Transition(ClaimAction.SUBMIT, Optional.empty(),
                ClaimState.opened(decision, now.plus(decision.serviceTimes().confirmation())), ClaimEventType.SUBMITTED,
                decision.describe());
    }

    /**
     * Moves an existing claim; a {@link ClaimCommand.Submit} is no edge out of any state.
     *
     * @throws ActionForbiddenException      the role may not take this action at all (checked first)
     * @throws IllegalTransitionException    the action is no edge out of the current state
     * @throws PolicyRuleViolationException  a rule refuses it (DB-1, WF-6 deadline, DP-2 incomplete)
     * @throws InvalidRequestException       the command lacks something this transition needs
     */
    public Transition decide(ClaimState claim, ClaimCommand command, Caller.Role role, Instant now) {
        ClaimAction action = command.action();
        if (!action.mayBeTakenBy(role)) {
            throw new ActionForbiddenException(action, role);
        }
        if (!action.isAllowed(claim.status(), claim.requestType())) {
            throw new IllegalTransitionException(action, claim.status(), claim.requestType());
        }
        LocalDate today = LocalDate.ofInstant(now, zone);
        if (command instanceof ClaimCommand.Confirm confirm) {
            return confirm(claim, confirm, today);
        } else if (command instanceof ClaimCommand.Reject reject) {
            return reject(claim, reject);
        } else if (command instanceof ClaimCommand.RegisterReturn registration) {
            return registerReturn(claim, registration, today);
        } else if (command instanceof ClaimCommand.RecordReceipt receipt) {
            return receipt(claim, receipt, today);
        } else if (command instanceof ClaimCommand.RecordInspection inspection) {
            return inspection(claim, inspection);
        } else if (command instanceof ClaimCommand.RecordPayment payment) {
            Instant shipBy = now.plus(claim.serviceTimes().replacementDispatch());
            return to(claim, action, ClaimStatus.APPROVED, ClaimEventType.PAID, payment.note().orElse("price difference paid"),
                    claim.deadlines().withShipReplacementBy(shipBy));
        } else if (command instanceof ClaimCommand.Refund refund) {
            return to(claim, action, ClaimStatus.REFUNDED, ClaimEventType.REFUNDED, refund.note().orElse("refunded"),
                    claim.deadlines());
        } else if (command instanceof ClaimCommand.ShipReplacement shipment) {
            return shipReplacement(claim, shipment, today);
        } else if (command instanceof ClaimCommand.Cancel cancel) {
            return to(claim, action, ClaimStatus.CANCELLED, ClaimEventType.CANCELLED,
                    cancel.note().orElse("cancelled by the customer"), claim.deadlines());
        } else if (command instanceof ClaimCommand.Close close) {
            return to(claim, action, ClaimStatus.CLOSED, ClaimEventType.CLOSED, close.note().orElse("closed"),
                    claim.deadlines());
        } else if (command instanceof ClaimCommand.Complete complete) {
            return complete(claim, complete, now);
        } else if (command instanceof ClaimCommand.Expire) {
            return expire(claim, today);
        }
        throw new IllegalStateException("no transition for " + command);
    }

    /**
     * WF-6: the customer ships within the claim's working days of the confirmation; a cancellation needs no
     * return (CX-1, CX-2).
     */
    private Transition confirm(ClaimState claim, ClaimCommand.Confirm confirm, LocalDate today) {
        if (!claim.missingRequirements().isEmpty()) {
            throw new PolicyRuleViolationException("DP-2", "the claim is incomplete; missing: "
                    + claim.missingRequirements().stream().map(Requirement::name).collect(Collectors.joining(", ")),
                    List.of("missingRequirements"));
        }
        if (confirm.priceDifference().isPresent() && claim.requestType() != RequestType.WORRY_FREE_REPLACEMENT) {
            throw InvalidRequestException.of("priceDifference", "only a WORRY FREE+ claim has a price difference (WF-4)");
        }
        notNegative("priceDifference", confirm.priceDifference());
        notNegative("customerShipping", confirm.customerShipping());
        ClaimState priced = claim.withMoney(confirm.priceDifference().map(StatedAmount::amount).or(claim::priceDifference),
                confirm.customerShipping().map(StatedAmount::amount).or(claim::customerShipping));
        String reason = confirm.note().orElse("confirmed");
        if (claim.requestType() == RequestType.CANCEL) {
            return to(priced, ClaimAction.CONFIRM, ClaimStatus.APPROVED, ClaimEventType.CONFIRMED, reason, claim.deadlines());
        }
        return to(priced, ClaimAction.CONFIRM, ClaimStatus.AWAITING_RETURN, ClaimEventType.CONFIRMED, reason,
                claim.deadlines().withShipBackBy(workingDays.plusWorkingDays(today,
                        claim.serviceTimes().returnShipmentWorkingDays())));
    }

    /** EX-5 is a staff decision whose only explanation is the note, so it needs one. */
    private Transition reject(ClaimState claim, ClaimCommand.Reject reject) {
        Rejection rejection = new Rejection(reject.reason(), reject.note());
        if (reject.reason() == RejectionReason.OTHER && rejection.note().isEmpty()) {
            throw InvalidRequestException.of("note", "is required when the reason is OTHER (EX-5)");
        }
        return to(claim.withRejection(rejection), ClaimAction.REJECT, ClaimStatus.REJECTED, ClaimEventType.REJECTED,
                describe(rejection), claim.deadlines());
    }

    /** DB-1 before anything is sent; WF-6 within the ship-back deadline, its last day included. */
    private Transition registerReturn(ClaimState claim, ClaimCommand.RegisterReturn registration, LocalDate today) {
        List<String> missing = registration.acknowledgement().missing();
        if (!missing.isEmpty()) {
            throw new PolicyRuleViolationException("DB-1", "before sending the unit back, confirm that you backed up "
                    + "your data, removed the SIM card and restored factory settings", missing);
        }
        Optional<LocalDate> shipBackBy = claim.deadlines().shipBackBy();
        if (shipBackBy.isPresent() && today.isAfter(shipBackBy.get())) {
            throw new PolicyRuleViolationException("WF-6", "the unit had to be shipped back by " + shipBackBy.get());
        }
        Shipment shipment = registration.shipment();
        return to(claim.withReturnShipment(shipment), ClaimAction.RETURN_SHIPMENT, ClaimStatus.IN_TRANSIT,
                ClaimEventType.RETURN_REGISTERED, "return shipped with " + shipment.carrier(), claim.deadlines());
    }

    /** WF-6: once a WORRY FREE+ unit is received the customer is asked to pay the price difference. */
    private Transition receipt(ClaimState claim, ClaimCommand.RecordReceipt receipt, LocalDate today) {
        String reason = receipt.note().orElse("unit received");
        if (claim.requestType() == RequestType.WORRY_FREE_REPLACEMENT) {
            return to(claim, ClaimAction.RECEIPT, ClaimStatus.PAYMENT_DUE, ClaimEventType.PAYMENT_DUE, reason,
                    claim.deadlines().withPaymentDueBy(today.plus(claim.serviceTimes().payment())));
        }
        return to(claim, ClaimAction.RECEIPT, ClaimStatus.RECEIVED, ClaimEventType.RECEIVED, reason, claim.deadlines());
    }

    /** EX-3 and EX-4 are decided here, by staff, on the returned unit. */
    private Transition inspection(ClaimState claim, ClaimCommand.RecordInspection inspection) {
        ClaimState inspected = claim.withInspection(inspection.outcome());
        Optional<RejectionReason> exclusion = inspection.outcome().exclusionFor(claim.requestType());
        if (exclusion.isPresent()) {
            Rejection rejection = new Rejection(exclusion.get(), inspection.note());
            return to(inspected.withRejection(rejection), ClaimAction.INSPECTION, ClaimStatus.REJECTED,
                    ClaimEventType.REJECTED, inspection.outcome() + ": " + describe(rejection), claim.deadlines());
        }
        return to(inspected, ClaimAction.INSPECTION, ClaimStatus.APPROVED, ClaimEventType.INSPECTED,
                inspection.outcome() + inspection.note().map(note -> ": " + note).orElse(""), claim.deadlines());
    }

    /** WF-6: delivery of the new unit takes the claim's range of working days, an estimate from the dispatch day. */
    private Transition shipReplacement(ClaimState claim, ClaimCommand.ShipReplacement command, LocalDate today) {
        Shipment shipment = command.shipment();
        return to(claim.withReplacementShipment(shipment), ClaimAction.REPLACEMENT_SHIPMENT,
                ClaimStatus.REPLACEMENT_SHIPPED, ClaimEventType.REPLACEMENT_SHIPPED,
                "replacement unit " + command.newUnitId() + " shipped with " + shipment.carrier(),
                claim.deadlines().withDeliveryEstimate(
                        workingDays.plusWorkingDays(today, claim.serviceTimes().deliveryMinWorkingDays()),
                        workingDays.plusWorkingDays(today, claim.serviceTimes().deliveryMaxWorkingDays())));
    }

    /**
     * DP-2 and EX-4: missing items make a claim incomplete, not rejected; once the customer supplies them
     * the claim waits for staff again. <b>Reading</b> of WF-6: staff cannot confirm an incomplete claim, so
     * their time to confirm runs from the moment the information changed, not from the first request.
     */
    private Transition complete(ClaimState claim, ClaimCommand.Complete complete, Instant now) {
        PolicyDecision decision = complete.decision();
        List<Requirement> stillMissing = decision.missingRequirements();
        ClaimState completed = claim.withServiceTimes(decision.serviceTimes()).withMissingRequirements(stillMissing)
                .withMoney(decision.priceDifference(), decision.customerShipping());
        String reason = (stillMissing.isEmpty() ? "evidence supplied; the claim is complete"
                : "evidence supplied; still missing: "
                + stillMissing.stream().map(Requirement::name).collect(Collectors.joining(", ")))
                + " (" + decision.describe() + ")";
        return to(completed, ClaimAction.COMPLETE, ClaimStatus.AWAITING_CONFIRMATION, ClaimEventType.UPDATED, reason,
                claim.deadlines().withConfirmBy(now.plus(decision.serviceTimes().confirmation())));
    }

    /** Only once the ship-back deadline has passed: its last day is still in time. */
    private Transition expire(ClaimState claim, LocalDate today) {
        LocalDate shipBackBy = claim.deadlines().shipBackBy()
                .orElseThrow(() -> new IllegalStateException("an awaiting-return claim without a ship-back deadline"));
        if (!today.isAfter(shipBackBy)) {
            throw new PolicyRuleViolationException("WF-6", "the ship-back deadline " + shipBackBy + " has not passed");
        }
        return to(claim, ClaimAction.EXPIRE, ClaimStatus.EXPIRED, ClaimEventType.EXPIRED,
                "not shipped back by " + shipBackBy, claim.deadlines());
    }

    private static Transition to(ClaimState claim, ClaimAction action, ClaimStatus target, ClaimEventType event,
                                 String reason, Deadlines deadlines) {
        return new Transition(action, Optional.of(claim.status()), claim.withDeadlines(deadlines).withStatus(target),
                event, reason);
    }

    private static String describe(Rejection rejection) {
        return rejection.reason().rule() + " " + rejection.reason() + rejection.note().map(note -> ": " + note).orElse("");
    }

    private static void notNegative(String field, Optional<StatedAmount> stated) {
        if (stated.isPresent() && stated.get().amount().signum() < 0) {
            throw InvalidRequestException.of(stated.get().amountField(field), "must not be negative");
        }
    }
}
