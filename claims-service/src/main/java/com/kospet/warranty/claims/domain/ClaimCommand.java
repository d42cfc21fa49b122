package com.kospet.warranty.claims.domain;

import com.kospet.warranty.model.RejectionReason;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** One request to move a claim, with what that action needs. */
public sealed interface ClaimCommand {

    ClaimAction action();

    /** Free text the actor gave, kept in the history. */
    default Optional<String> note() {
        return Optional.empty();
    }

    /** Staff confirm; an amount given replaces the policy's estimate (WF-4: the quote is final once confirmed). */
    record Confirm(Optional<BigDecimal> priceDifference, Optional<BigDecimal> customerShipping, Optional<String> note)
            implements ClaimCommand {
        public ClaimAction action() {
            return ClaimAction.CONFIRM;
        }
    }

    record Reject(RejectionReason reason, Optional<String> note) implements ClaimCommand {
        public Reject {
            Objects.requireNonNull(reason, "reason");
        }

        public ClaimAction action() {
            return ClaimAction.REJECT;
        }
    }

    record RegisterReturn(Shipment shipment, DataSafetyAcknowledgement acknowledgement) implements ClaimCommand {
        public ClaimAction action() {
            return ClaimAction.RETURN_SHIPMENT;
        }
    }

    record RecordReceipt(Optional<String> note) implements ClaimCommand {
        public ClaimAction action() {
            return ClaimAction.RECEIPT;
        }
    }

    record RecordInspection(InspectionOutcome outcome, Optional<String> note) implements ClaimCommand {
        public RecordInspection {
            Objects.requireNonNull(outcome, "outcome");
        }

        public ClaimAction action() {
            return ClaimAction.INSPECTION;
        }
    }

    /** {@code reference}: the payment system's own id of the payment, kept in the history. */
    record RecordPayment(Optional<String> reference) implements ClaimCommand {
        public ClaimAction action() {
            return ClaimAction.PAYMENT;
        }

        public Optional<String> note() {
            return reference.map(value -> "payment " + value);
        }
    }

    record Refund(Optional<String> note) implements ClaimCommand {
        public ClaimAction action() {
            return ClaimAction.REFUND;
        }
    }

    record ShipReplacement(Shipment shipment) implements ClaimCommand {
        public ClaimAction action() {
            return ClaimAction.REPLACEMENT_SHIPMENT;
        }
    }

    record Cancel(Optional<String> note) implements ClaimCommand {
        public ClaimAction action() {
            return ClaimAction.CANCEL;
        }
    }

    record Close(Optional<String> note) implements ClaimCommand {
        public ClaimAction action() {
            return ClaimAction.CLOSE;
        }
    }

    record Expire() implements ClaimCommand {
        public ClaimAction action() {
            return ClaimAction.EXPIRE;
        }
    }
}
