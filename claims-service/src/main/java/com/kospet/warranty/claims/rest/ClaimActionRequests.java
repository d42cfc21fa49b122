package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.domain.ClaimCommand;
import com.kospet.warranty.claims.domain.DataSafetyAcknowledgement;
import com.kospet.warranty.claims.domain.InspectionOutcome;
import com.kospet.warranty.claims.domain.Shipment;
import com.kospet.warranty.claims.domain.StatedAmount;
import com.kospet.warranty.model.RejectionReason;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Optional;

/** The bodies of {@code POST /api/claims/{id}/{action}}; amounts are in the claim's currency. */
public final class ClaimActionRequests {

    private static final String TRACKING = "[A-Za-z0-9][A-Za-z0-9 ._/-]{0,63}";
    /** A unit serial as the order system sends them: no spaces, at most 64 characters. */
    static final String UNIT_ID = "[A-Za-z0-9][A-Za-z0-9._/-]{0,63}";

    private ClaimActionRequests() {
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    @Schema(description = "Staff confirm the claim; amounts given replace the policy's estimate (WF-4). Amounts are"
            + " {amount, currency} in the claim's currency; a bare number is deprecated and read in the claim's currency.",
            example = ApiExamples.CONFIRM_WORRY_FREE)
    public record Confirm(
            @Schema(description = "WORRY FREE+ only: the final price difference") ConfirmedAmount priceDifference,
            @Schema(description = "The shipping fees the customer bears") ConfirmedAmount customerShipping,
            @Size(max = 2000) String note) {
        ClaimCommand toCommand() {
            return new ClaimCommand.Confirm(stated(priceDifference), stated(customerShipping), text(note));
        }

        private static Optional<StatedAmount> stated(ConfirmedAmount amount) {
            return Optional.ofNullable(amount).map(ConfirmedAmount::stated);
        }
    }

    @Schema(description = "Staff refuse the claim at review. OTHER (EX-5) needs a note.", example = ApiExamples.REJECT)
    public record Reject(@NotNull RejectionReason reason, @Size(max = 2000) String note) {
        ClaimCommand toCommand() {
            return new ClaimCommand.Reject(reason, text(note));
        }
    }

    @Schema(description = "The customer registers the return parcel. DB-1: all three confirmations must be true.", example = ApiExamples.RETURN_SHIPMENT)
    public record ReturnShipment(
            @NotBlank @Size(max = 64) String carrier,
            @NotBlank @Pattern(regexp = TRACKING, message = "is not a tracking number") String trackingNumber,
            @Schema(description = "DB-1: the customer backed up their data") boolean dataBackedUp,
            @Schema(description = "DB-1: the SIM card is removed") boolean simRemoved,
            @Schema(description = "DB-1: factory settings are restored") boolean factoryReset) {
        ClaimCommand toCommand() {
            return new ClaimCommand.RegisterReturn(new Shipment(carrier.strip(), trackingNumber.strip()),
                    new DataSafetyAcknowledgement(dataBackedUp, simRemoved, factoryReset));
        }
    }

    @Schema(description = "Staff record what testing the unit showed (EX-3, EX-4).", example = ApiExamples.INSPECTION)
    public record Inspection(@NotNull InspectionOutcome outcome, @Size(max = 2000) String note) {
        ClaimCommand toCommand() {
            return new ClaimCommand.RecordInspection(outcome, text(note));
        }
    }

    @Schema(description = "The payment system reports the price difference paid.", example = ApiExamples.PAYMENT)
    public record Payment(@Schema(description = "The payment system's id of the payment") @Size(max = 128) String reference) {
        ClaimCommand toCommand() {
            return new ClaimCommand.RecordPayment(text(reference));
        }
    }

    @Schema(description = "Staff record the dispatch of the new unit (UN-3: with its serial, so it can be claimed on).",
            example = ApiExamples.REPLACEMENT_SHIPMENT)
    public record ReplacementShipment(
            @NotBlank @Size(max = 64) String carrier,
            @NotBlank @Pattern(regexp = TRACKING, message = "is not a tracking number") String trackingNumber,
            @Schema(description = "The serial of the new unit; it must name no unit already known")
            @NotBlank @Pattern(regexp = UNIT_ID, message = "is not a unit serial") String newUnitId) {
        ClaimCommand toCommand() {
            return new ClaimCommand.ShipReplacement(new Shipment(carrier.strip(), trackingNumber.strip()), newUnitId);
        }
    }

    @Schema(description = "An optional note kept in the claim's history.", example = ApiExamples.NOTE)
    public record Note(@Size(max = 2000) String note) {
        Optional<String> text() {
            return ClaimActionRequests.text(note);
        }

        static Optional<String> of(Note body) {
            return body == null ? Optional.empty() : body.text();
        }
    }
}
