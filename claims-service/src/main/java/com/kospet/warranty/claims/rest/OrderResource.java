package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.service.OrderService;
import com.kospet.warranty.model.problem.ProblemDetail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The order feed: the order system tells this service the facts the policy needs. */
@Path("/api/orders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
@SecurityRequirement(name = "jwt")
public class OrderResource {

    static final String ORDER_NUMBER = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    private final OrderService orders;
    private final CallerResolver callers;

    public OrderResource(OrderService orders, CallerResolver callers) {
        this.orders = orders;
        this.callers = callers;
    }

    @PUT
    @Path("/{orderNumber}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("service")
    @Operation(summary = "Create or update the facts of an order",
            description = "Called by the order system when an order is placed, shipped or delivered. Claims already opened keep the facts they were decided on.")
    @APIResponse(responseCode = "201", description = "Order created", content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "200", description = "Order updated", content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "400", description = "Invalid facts", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "403", description = "Not the service role", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response upsert(@PathParam("orderNumber") @Pattern(regexp = ORDER_NUMBER, message = "is not an order number") String orderNumber,
                           @NotNull(message = "a body is required") @Valid OrderRequest request) {
        OrderService.Upserted result = orders.upsert(orderNumber, request.toFacts());
        return Response.status(result.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(OrderView.of(result.order()))
                .build();
    }

    @GET
    @Path("/{orderNumber}")
    @RolesAllowed({"customer", "staff", "service"})
    @Operation(summary = "Read an order", description = "A customer reads only their own orders; any other is 404.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "404", description = "No such order visible to the caller", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public OrderView get(@PathParam("orderNumber") String orderNumber) {
        return OrderView.of(orders.visibleTo(orderNumber, callers.caller()));
    }
}
