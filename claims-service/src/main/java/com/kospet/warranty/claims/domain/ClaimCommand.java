package com.kospet.warranty.claims.domain;

import com.kospet.warranty.model.RejectionReason;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One request to move a claim, with what that action needs. */
public sealed interface ClaimCommand {

    ClaimAction action();

    /** Free text the actor gave, kept in the history. */
    default Optional<String> note() {
        return Optional.empty();
    }

    /** The customer asks for a claim and the policy decided it (ELIGIBLE or INCOMPLETE). */
    record Submit(PolicyDecision decision) implements ClaimCommand {
        public Submit {
            Objects.requireNonNull(decision, "decision");
        }

        public ClaimAction action() {
            return ClaimAction.SUBMIT;
        }
    }

    /** Staff confirm; an amount given replaces the policy's estimate (WF-4: the quote is final once confirmed). */
    record Confirm(Optional<StatedAmount> priceDifference, Optional<StatedAmount> customerShipping, Optional<String> note)
            implements ClaimCommand {
        public ClaimAction action() {
            return ClaimAction.CONFIRM;
        }

        /**
         * The amounts must be in the claim's currency and fit its minor unit; the lifecycle, which knows no currency,
         * reads them as amounts of it.
         *
         * @throws InvalidRequestException naming each offending field
         */
        public void requireIn(Currency claimCurrency) {
            List<InvalidRequestException.Violation> problems = new ArrayList<>();
            priceDifference.ifPresent(amount -> problems.addAll(amount.problemsIn(claimCurrency, "priceDifference")));
            customerShipping.ifPresent(amount -> problems.addAll(amount.problemsIn(claimCurrency, "customerShipping")));
            if (!problems.isEmpty()) {
                throw new InvalidRequestException(problems);
            }
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

    /** UN-3: {@code newUnitId} is the serial of the unit shipped; it joins the claimed unit's order line. */
    record ShipReplacement(Shipment shipment, String newUnitId) implements ClaimCommand {
        public ShipReplacement {
            Objects.requireNonNull(shipment, "shipment");
            Objects.requireNonNull(newUnitId, "newUnitId");
        }

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

    /**
     * The customer supplied evidence and the policy decided again: what is still missing, and the money of the
     * new decision. WF-6's time to confirm is counted again from now.
     */
    record Complete(PolicyDecision decision) implements ClaimCommand {
        public Complete {
            Objects.requireNonNull(decision, "decision");
        }

        public ClaimAction action() {
            return ClaimAction.COMPLETE;
        }
    }

    record Expire() implements ClaimCommand {
        public ClaimAction action() {
            return ClaimAction.EXPIRE;
        }
    }
}
