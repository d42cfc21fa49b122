package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.domain.InvalidRequestException;
import com.kospet.warranty.claims.service.ClaimCompletion;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Optional;

/** The body of {@code PATCH /api/claims/{id}}: what an INCOMPLETE claim lacked. Send only what you add. */
@Schema(description = "Evidence for an incomplete claim (the requirements the policy listed). At least one item; an item left out keeps its value.",
        example = ApiExamples.COMPLETION)
public record ClaimCompletionRequest(
        @Schema(description = "PURCHASE_LINK (DP-2): the link to the purchase")
        @Size(max = 2048) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String purchaseLink,
        @Schema(description = "MEDIA (DP-2): how many pictures or videos of the problem the customer has now supplied in all")
        @Min(0) @Max(50) Integer mediaCount,
        @Schema(description = "CARRIER_DAMAGE_PROOF (EX-4): the carrier's proof of damage in transit is supplied")
        Boolean carrierDamageProof) {

    ClaimCompletion.Evidence toEvidence() {
        if (purchaseLink == null && mediaCount == null && carrierDamageProof == null) {
            throw InvalidRequestException.of("body", "supply at least one of purchaseLink, mediaCount, carrierDamageProof");
        }
        return new ClaimCompletion.Evidence(Optional.ofNullable(purchaseLink), Optional.ofNullable(mediaCount),
                Optional.ofNullable(carrierDamageProof));
    }
}
