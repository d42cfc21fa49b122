package com.kospet.warranty.claims.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.kospet.warranty.claims.domain.Caller;
import com.kospet.warranty.claims.domain.IdempotencyKey;
import com.kospet.warranty.claims.service.ClaimCompletion;
import com.kospet.warranty.model.problem.ProblemDetail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** A customer completes their INCOMPLETE claim with what the policy listed as missing. */
@Path("/api/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims")
@SecurityRequirement(name = "jwt")
public class ClaimCompletionResource {

    private final ClaimCompletion completion;
    private final CallerResolver callers;
    private final ObjectMapper json;
    private final IdempotentRequests idempotency;

    public ClaimCompletionResource(ClaimCompletion completion, CallerResolver callers, ObjectMapper json,
                                   IdempotentRequests idempotency) {
        this.completion = completion;
        this.callers = callers;
        this.json = json;
        this.idempotency = idempotency;
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("customer")
    @Operation(summary = "Complete a claim (customer)", description = "While the claim awaits confirmation: supplies the evidence the "
            + "policy listed as missing (missingRequirements). The policy decides again on the facts and the day the claim was "
            + "opened with; the new decision replaces the old one and staff have 24 hours from now to confirm (WF-6).")
    @APIResponse(responseCode = "200", description = "The claim with its new decision; missingRequirements is empty once complete",
            content = @Content(schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "400", description = "Invalid evidence (each field listed) or Idempotency-Key", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "403", description = "Not a customer", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "404", description = "No such claim of this customer", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "409", description = "The claim no longer awaits confirmation (extension currentStatus), or it changed meanwhile",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "422", description = "The policy now refuses the claim's type (not-eligible, with the policy's trace; nothing changed), or the Idempotency-Key was used with another request", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = RefusalProblem.class)))
    @APIResponse(responseCode = "503", description = "The policy could not be asked; nothing changed", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response complete(@PathParam("id") UUID id,
            @Parameter(name = IdempotencyKey.HEADER, description = IdempotentRequests.DESCRIPTION)
            @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @NotNull(message = "a body is required") @Valid ClaimCompletionRequest body) {
        Caller caller = callers.caller();
        ClaimCompletion.Evidence evidence = body.toEvidence();
        return idempotency.run(idempotencyKey, caller, "PATCH /api/claims/" + id, evidence,
                recorder -> completion.complete(id, evidence, caller, recorder),
                claim -> Response.ok(ClaimView.of(claim, json), MediaType.APPLICATION_JSON_TYPE).build());
    }
}
