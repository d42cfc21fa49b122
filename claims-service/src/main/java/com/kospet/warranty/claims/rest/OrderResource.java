package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.config.ClaimsConfig;
import com.kospet.warranty.claims.domain.Caller;
import com.kospet.warranty.claims.service.OrderQuotes;
import com.kospet.warranty.claims.service.OrderService;
import com.kospet.warranty.model.Cause;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
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
    private final OrderQuotes quotes;
    private final CallerResolver callers;
    private final Clock clock;
    private final ClaimsConfig config;

    public OrderResource(OrderService orders, OrderQuotes quotes, CallerResolver callers, Clock clock, ClaimsConfig config) {
        this.orders = orders;
        this.quotes = quotes;
        this.callers = callers;
        this.clock = clock;
        this.config = config;
    }

    @PUT
    @Path("/{orderNumber}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("service")
    @Operation(summary = "Create or update the facts of an order",
            description = "Called by the order system when an order is placed, shipped or delivered. Claims already opened keep the facts they were decided on. "
                    + "No date may lie after today in the store's zone (UN-4). Sent twice at once, one order is stored: the first answer is 201, the other 200.")
    @APIResponse(responseCode = "201", description = "Order created", content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "200", description = "Order updated", content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "400", description = "Invalid facts, e.g. a date in the future (UN-4); nothing is stored", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class),
            examples = @ExampleObject(name = "a delivery date in the future", value = ApiExamples.ORDER_IN_THE_FUTURE)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "403", description = "Not the service role", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response upsert(@PathParam("orderNumber") @Pattern(regexp = ORDER_NUMBER, message = "is not an order number") String orderNumber,
                           @NotNull(message = "a body is required") @Valid OrderRequest request) {
        OrderService.Upserted result = orders.upsert(orderNumber, request.toFacts(LocalDate.now(clock.withZone(config.zone()))));
        return Response.status(result.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(OrderView.of(result.order(), Optional.empty()))
                .build();
    }

    @GET
    @Path("/{orderNumber}")
    @RolesAllowed({"customer", "staff", "service"})
    @Operation(summary = "Read an order",
            description = "With each line's units (UN-3): the unit sold, then each replacement, and where each stands. "
                    + "A customer reads only their own orders; any other is 404.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "404", description = "No such order visible to the caller", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class),
            examples = @ExampleObject(name = "no such order", value = ApiExamples.NOT_FOUND)))
    public OrderView get(@PathParam("orderNumber") String orderNumber) {
        Caller caller = callers.caller();
        return OrderView.of(orders.withUnits(orderNumber, caller), caller.customerId());
    }

    @GET
    @Path("/{orderNumber}/options")
    @RolesAllowed({"customer", "staff"})
    @Operation(summary = "What each unit of a stored order may be claimed for today",
            description = "Per unit, the policy's answer on the facts a claim opened today would be decided on: the order "
                    + "as stored, the unit's order line (a replacement inherits the original purchase, UN-3) and its "
                    + "WORRY FREE+ count (WF-3). A unit with an open claim (UN-1), refunded (UN-2) or replaced (UN-3) "
                    + "has every option NOT_ELIGIBLE, for that rule. A customer reads only their own orders.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OrderQuoteView.class)))
    @APIResponse(responseCode = "400", description = "An unknown cause or an invalid count", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "403", description = "Neither a customer nor staff", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "404", description = "No such order visible to the caller", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class),
            examples = @ExampleObject(name = "no such order", value = ApiExamples.NOT_FOUND)))
    @APIResponse(responseCode = "422", description = "The policy cannot decide on the stored order's facts", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "503", description = "The policy could not be asked now", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public OrderQuoteView options(@PathParam("orderNumber") String orderNumber,
                                  @Parameter(description = "Why the customer would ask; QUALITY_PROBLEM unless given")
                                  @QueryParam("cause") @DefaultValue("QUALITY_PROBLEM") Cause cause,
                                  @Parameter(description = "Pictures and videos the customer would supply (DP-2)")
                                  @QueryParam("mediaCount") @DefaultValue("0") @Min(0) @Max(50) int mediaCount,
                                  @Parameter(description = "Whether the carrier's proof of damage in transit would be supplied (EX-4)")
                                  @QueryParam("carrierDamageProof") @DefaultValue("false") boolean carrierDamageProof) {
        return OrderQuoteView.of(quotes.quote(orderNumber, callers.caller(),
                new OrderQuotes.Answers(cause, mediaCount, carrierDamageProof)));
    }
}
