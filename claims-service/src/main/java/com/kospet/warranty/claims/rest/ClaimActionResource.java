package com.kospet.warranty.claims.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.kospet.warranty.claims.domain.Caller;
import com.kospet.warranty.claims.domain.ClaimCommand;
import com.kospet.warranty.claims.domain.IdempotencyKey;
import com.kospet.warranty.claims.service.ClaimActionService;
import com.kospet.warranty.model.problem.ProblemDetail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;

import java.util.UUID;

/**
 * The actions that move a claim through its lifecycle, one endpoint each, answered with the claim
 * as it is after the action. Which state each leads to is {@code domain.ClaimLifecycle}'s business;
 * the error answers declared on the class are common to every action.
 */
@Path("/api/claims")
@APIResponse(responseCode = "200", description = "The claim after the action", content = @Content(schema = @Schema(implementation = ClaimView.class)))
@APIResponse(responseCode = "400", description = "Invalid body or Idempotency-Key", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
@APIResponse(responseCode = "403", description = "This role may not take this action", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
@APIResponse(responseCode = "404", description = "No such claim visible to the caller", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class),
            examples = @ExampleObject(name = "no such claim", value = ApiExamples.NOT_FOUND)))
@APIResponse(responseCode = "409", description = "Not possible in the claim's current state (extension currentStatus), or the claim changed meanwhile",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class),
            examples = @ExampleObject(name = "refund before the unit is back", value = ApiExamples.ILLEGAL_TRANSITION)))
@APIResponse(responseCode = "422", description = "A rule of the policy refuses it (extension rule), or the Idempotency-Key was used with another body",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claim actions")
@SecurityRequirement(name = "jwt")
public class ClaimActionResource {

    private final ClaimActionService actions;
    private final CallerResolver callers;
    private final ObjectMapper json;
    private final IdempotentRequests idempotency;

    public ClaimActionResource(ClaimActionService actions, CallerResolver callers, ObjectMapper json,
                               IdempotentRequests idempotency) {
        this.actions = actions;
        this.callers = callers;
        this.json = json;
        this.idempotency = idempotency;
    }

    @POST
    @Path("/{id}/confirm")
    @RolesAllowed("staff")
    @Operation(summary = "Confirm a claim (staff)", description = "Sets the final price difference and fees, and the ship-back deadline: the working days of the claim's policy version (WF-6; 7 in 2024-01). A confirmed cancellation goes straight to APPROVED.")
    public Response confirm(@PathParam("id") UUID id,
            @Parameter(name = IdempotencyKey.HEADER, description = IdempotentRequests.DESCRIPTION)
            @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @Valid ClaimActionRequests.Confirm body) {
        return act(id, idempotencyKey, body == null ? new ClaimActionRequests.Confirm(null, null, null).toCommand() : body.toCommand());
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("staff")
    @Operation(summary = "Reject a claim at review (staff)", description = "Names the exclusion (EX-1 … EX-5); OTHER needs a note.")
    public Response reject(@PathParam("id") UUID id,
            @Parameter(name = IdempotencyKey.HEADER, description = IdempotentRequests.DESCRIPTION)
            @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @NotNull(message = "a body is required") @Valid ClaimActionRequests.Reject body) {
        return act(id, idempotencyKey, body.toCommand());
    }

    @POST
    @Path("/{id}/return-shipment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("customer")
    @Operation(summary = "Register the return parcel (customer)", description = "Only with the DB-1 acknowledgement, and by the ship-back deadline (its last day included).")
    public Response returnShipment(@PathParam("id") UUID id,
            @Parameter(name = IdempotencyKey.HEADER, description = IdempotentRequests.DESCRIPTION)
            @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @NotNull(message = "a body is required") @Valid ClaimActionRequests.ReturnShipment body) {
        return act(id, idempotencyKey, body.toCommand());
    }

    @POST
    @Path("/{id}/receipt")
    @RolesAllowed("staff")
    @Operation(summary = "Record the returned unit received (staff)", description = "A WORRY FREE+ unit received makes the price difference due (PAYMENT_DUE).")
    public Response receipt(@PathParam("id") UUID id,
            @Parameter(name = IdempotencyKey.HEADER, description = IdempotentRequests.DESCRIPTION)
            @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @Valid ClaimActionRequests.Note body) {
        return act(id, idempotencyKey, new ClaimCommand.RecordReceipt(ClaimActionRequests.Note.of(body)));
    }

    @POST
    @Path("/{id}/inspection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("staff")
    @Operation(summary = "Record the inspection outcome (staff)", description = "DEFECT_CONFIRMED approves the claim; the other outcomes reject it under EX-3 or EX-4 (a no-defect return accepts NO_DEFECT_FOUND).")
    public Response inspection(@PathParam("id") UUID id,
            @Parameter(name = IdempotencyKey.HEADER, description = IdempotentRequests.DESCRIPTION)
            @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @NotNull(message = "a body is required") @Valid ClaimActionRequests.Inspection body) {
        return act(id, idempotencyKey, body.toCommand());
    }

    @POST
    @Path("/{id}/payment")
    @RolesAllowed("service")
    @Operation(summary = "Record the WORRY FREE+ price difference paid (payment system)", description = "The new unit must ship within the dispatch time of the claim's policy version (WF-6; 48 hours in 2024-01).")
    public Response payment(@PathParam("id") UUID id,
            @Parameter(name = IdempotencyKey.HEADER, description = IdempotentRequests.DESCRIPTION)
            @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @Valid ClaimActionRequests.Payment body) {
        return act(id, idempotencyKey, (body == null ? new ClaimActionRequests.Payment(null) : body).toCommand());
    }

    @POST
    @Path("/{id}/refund")
    @RolesAllowed("staff")
    @Operation(summary = "Record the refund (staff)",
            description = "Refund types only: DEFECT_RETURN, NO_DEFECT_RETURN, CANCEL. UN-2: refused (422) when the unit was refunded already or the refunds of its order line would add up to more than the line's price.")
    public Response refund(@PathParam("id") UUID id,
            @Parameter(name = IdempotencyKey.HEADER, description = IdempotentRequests.DESCRIPTION)
            @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @Valid ClaimActionRequests.Note body) {
        return act(id, idempotencyKey, new ClaimCommand.Refund(ClaimActionRequests.Note.of(body)));
    }

    @POST
    @Path("/{id}/replacement-shipment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("staff")
    @Operation(summary = "Record the new unit shipped (staff)", description = "Replacement types only; sets the delivery estimate in working days of the claim's policy version (WF-6; 10–30 in 2024-01). "
            + "UN-3: newUnitId is the new unit's serial; it joins the claimed unit's order line and can be claimed on, the replaced unit no longer can. "
            + "A serial that already names a unit is 409 (unit-id-taken).")
    @APIResponse(responseCode = "409", description = "Not possible in the claim's current state, the claim changed meanwhile, or newUnitId already names a unit",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class),
            examples = {@ExampleObject(name = "the serial already names a unit", value = ApiExamples.UNIT_ID_TAKEN),
                        @ExampleObject(name = "not in a state to ship", value = ApiExamples.ILLEGAL_TRANSITION)}))
    public Response replacementShipment(@PathParam("id") UUID id,
            @Parameter(name = IdempotencyKey.HEADER, description = IdempotentRequests.DESCRIPTION)
            @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @NotNull(message = "a body is required") @Valid ClaimActionRequests.ReplacementShipment body) {
        return act(id, idempotencyKey, body.toCommand());
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed("customer")
    @Operation(summary = "Withdraw a claim (customer)", description = "While nothing has been shipped: awaiting confirmation or awaiting the return.")
    public Response cancel(@PathParam("id") UUID id,
            @Parameter(name = IdempotencyKey.HEADER, description = IdempotentRequests.DESCRIPTION)
            @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @Valid ClaimActionRequests.Note body) {
        return act(id, idempotencyKey, new ClaimCommand.Cancel(ClaimActionRequests.Note.of(body)));
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed("staff")
    @Operation(summary = "Close a settled claim (staff)", description = "From REFUNDED or REPLACEMENT_SHIPPED.")
    public Response close(@PathParam("id") UUID id,
            @Parameter(name = IdempotencyKey.HEADER, description = IdempotentRequests.DESCRIPTION)
            @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @Valid ClaimActionRequests.Note body) {
        return act(id, idempotencyKey, new ClaimCommand.Close(ClaimActionRequests.Note.of(body)));
    }

    /** One mechanism for every action: the Idempotency-Key covers the action, the claim and the command as read. */
    private Response act(UUID id, String idempotencyKey, ClaimCommand command) {
        Caller caller = callers.caller();
        return idempotency.run(idempotencyKey, caller, "POST /api/claims/" + id + "/" + command.action().pathName(), command,
                recorder -> actions.act(id, command, caller, recorder),
                claim -> Response.ok(ClaimView.of(claim, json), MediaType.APPLICATION_JSON_TYPE).build());
    }
}
