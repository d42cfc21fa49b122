package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.service.ClaimService;
import com.kospet.warranty.model.Cause;
import com.kospet.warranty.model.RequestType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/claims}: what the customer asks for, about which unit of which order. */
@Schema(example = ApiExamples.CLAIM_REQUEST)
public record ClaimRequest(
        @NotBlank @Pattern(regexp = OrderResource.ORDER_NUMBER, message = "is not an order number") String orderNumber,
        @NotBlank @Size(max = 64) String unitId,
        @NotNull RequestType requestType,
        @NotNull Cause cause,
        @Size(max = 4000) String description,
        @Size(max = 2048) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String purchaseLink,
        @Min(0) @Max(50) Integer mediaCount,
        Boolean carrierDamageProof,
        @Valid Contact contact) {

    /** How to reach the customer about this claim; defaults to the order's email and English. */
    public record Contact(
            @Size(max = 200) String name,
            @Email @Size(max = 254) String email,
            @Pattern(regexp = "[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*", message = "must be a language tag such as en or de-AT") String locale) {
    }

    public ClaimService.Submission toSubmission() {
        Optional<Contact> c = Optional.ofNullable(contact);
        return new ClaimService.Submission(orderNumber, unitId, requestType, cause, description, purchaseLink,
                mediaCount == null ? 0 : mediaCount, Boolean.TRUE.equals(carrierDamageProof),
                c.map(Contact::name).orElse(null),
                c.map(Contact::email).filter(email -> !email.isBlank()),
                c.map(Contact::locale).filter(locale -> !locale.isBlank()).orElse("en"));
    }
}
