package com.kospet.warranty.claims.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.kospet.warranty.claims.persistence.ClaimEntity;
import com.kospet.warranty.claims.service.ClaimService;
import com.kospet.warranty.model.problem.ProblemDetail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Claims: customers open and follow their own; staff see all. */
@Path("/api/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims")
@SecurityRequirement(name = "jwt")
public class ClaimResource {

    private final ClaimService claims;
    private final CallerResolver callers;
    private final ObjectMapper json;

    public ClaimResource(ClaimService claims, CallerResolver callers, ObjectMapper json) {
        this.claims = claims;
        this.callers = callers;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("customer")
    @Operation(summary = "Open a claim", description = "Asks the warranty policy about the stored order and opens the claim unless the requested type is not eligible.")
    @APIResponse(responseCode = "201", description = "Claim opened (ELIGIBLE, or INCOMPLETE with the missing requirements listed)",
            content = @Content(schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "404", description = "No such order of this customer", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "422", description = "Not eligible under the policy; the reasons are the policy's trace. Nothing is stored.",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "503", description = "The policy could not be asked; nothing is stored", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response submit(@NotNull(message = "a body is required") @Valid ClaimRequest request, @Context UriInfo uri) {
        ClaimEntity claim = claims.submit(request.toSubmission(), callers.caller());
        return Response.created(uri.getBaseUriBuilder().path("api/claims").path(claim.id.toString()).build())
                .entity(ClaimView.of(claim, json))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"customer", "staff"})
    @Operation(summary = "Read a claim", description = "A customer reads only their own claims; any other id is 404.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "404", description = "No such claim visible to the caller", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public ClaimView get(@PathParam("id") UUID id) {
        return ClaimView.of(claims.visibleTo(id, callers.caller()), json);
    }
}
