package com.kospet.warranty.claims.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.kospet.warranty.claims.domain.Caller;
import com.kospet.warranty.claims.domain.ClaimReference;
import com.kospet.warranty.claims.domain.IdempotencyKey;
import com.kospet.warranty.claims.domain.InvalidRequestException;
import com.kospet.warranty.claims.service.ClaimListing;
import com.kospet.warranty.claims.service.ClaimService;
import com.kospet.warranty.model.ClaimStatus;
import com.kospet.warranty.model.RequestType;
import com.kospet.warranty.model.problem.ProblemDetail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Claims: customers open and follow their own; staff see all. */
@Path("/api/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims")
@SecurityRequirement(name = "jwt")
public class ClaimResource {

    private final ClaimService claims;
    private final ClaimListing listing;
    private final CallerResolver callers;
    private final ObjectMapper json;
    private final IdempotentRequests idempotency;
    private final CustomerRateLimits limits;
    private final ClaimExport export;

    public ClaimResource(ClaimService claims, ClaimListing listing, CallerResolver callers, ObjectMapper json,
                         IdempotentRequests idempotency, CustomerRateLimits limits, ClaimExport export) {
        this.limits = limits;
        this.export = export;
        this.claims = claims;
        this.listing = listing;
        this.callers = callers;
        this.json = json;
        this.idempotency = idempotency;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("customer")
    @Operation(summary = "Open a claim", description = "Asks the warranty policy about the stored order and opens the claim unless the requested type is not eligible.")
    @APIResponse(responseCode = "201", description = "Claim opened (ELIGIBLE, or INCOMPLETE with the missing requirements listed)",
            content = @Content(schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request or Idempotency-Key", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class),
            examples = @ExampleObject(name = "a negative media count", value = ApiExamples.INVALID)))
    @APIResponse(responseCode = "404", description = "No such order of this customer", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class),
            examples = @ExampleObject(name = "no such order", value = ApiExamples.NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "UN-1: the unit already has an open claim (named in openClaimId to its own customer only); "
            + "or a simultaneous submission for the same order line won: retry",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class),
            examples = @ExampleObject(name = "the unit has an open claim", value = ApiExamples.OPEN_CLAIM)))
    @APIResponse(responseCode = "422", description = "Not eligible under the policy (trace is the policy's trace, each rule with its outcome; "
            + "reasons is its deprecated alias; nothing is stored); "
            + "the unit was refunded (UN-2) or replaced (UN-3); the policy cannot decide on the stored order's facts; "
            + "or the Idempotency-Key was used with another request",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = RefusalProblem.class),
            examples = {@ExampleObject(name = "the return window has closed", value = ApiExamples.NOT_ELIGIBLE),
                        @ExampleObject(name = "the unit was refunded", value = ApiExamples.UNIT_REFUNDED)}))
    @APIResponse(responseCode = "429", description = "This customer opened more claims than rate-limit.submissions allows; "
            + "Retry-After says when to try again; nothing is stored",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "503", description = "The policy could not be asked; nothing is stored", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class),
            examples = @ExampleObject(name = "policy-service unreachable", value = ApiExamples.POLICY_UNAVAILABLE)))
    public Response submit(@Parameter(name = IdempotencyKey.HEADER, description = IdempotentRequests.DESCRIPTION)
                           @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
                           @NotNull(message = "a body is required") @Valid ClaimRequest request, @Context UriInfo uri) {
        Caller caller = callers.caller();
        limits.submission(caller);
        return idempotency.run(idempotencyKey, caller, "POST /api/claims", request,
                recorder -> claims.submit(request.toSubmission(), caller, recorder),
                claim -> Response.created(uri.getBaseUriBuilder().path("api/claims").path(claim.id.toString()).build())
                        .entity(ClaimView.of(claim, json))
                        .build());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"customer", "staff"})
    @Operation(summary = "Read a claim", description = "A customer reads only their own claims; any other id is 404.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "404", description = "No such claim visible to the caller", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class),
            examples = @ExampleObject(name = "no such claim", value = ApiExamples.NOT_FOUND)))
    public ClaimView get(@PathParam("id") UUID id) {
        return ClaimView.of(claims.readableBy(id, callers.caller()), json);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ClaimCsv.MEDIA_TYPE})
    @RolesAllowed({"customer", "staff"})
    @Operation(summary = "List, search or export claims", description = "Staff see every claim, a customer their own (every filter "
            + "applies within them). Ordered by the nearest open deadline (claims waiting on nobody last), then by id; pass "
            + "nextCursor back as cursor for the next page. The search filters are exact matches. With Accept: text/csv (staff "
            + "only) the same claims are answered as a CSV file of at most claims.export.max-rows rows (10000 by default) from "
            + "cursor on; when more match, the Link header (rel=\"next\") is the request for the next file. limit applies to "
            + "JSON pages only.")
    @APIResponse(responseCode = "200", description = "A page of claims (JSON), or the claims as CSV (text/csv, staff only): a "
            + "header row, then one row per claim; a field a spreadsheet would read as a formula (starting with = + - @, tab or "
            + "carriage return) is written after an apostrophe",
            headers = {@Header(name = "Content-Disposition", description = "CSV only: attachment; filename=claims-<day>.csv (a string)"),
                       @Header(name = "Link", description = "CSV only, when more claims match than one file holds (a string): "
                            + "<the same request with the next cursor>; rel=\"next\"")},
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimPage.class)),
                       @Content(mediaType = ClaimCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "two claims", value = ApiExamples.CSV))})
    @APIResponse(responseCode = "400", description = "A filter, the limit or the cursor is invalid", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "403", description = "Not a customer or staff; or a customer asked for CSV, which only staff export", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response list(@Parameter(description = "claim states, repeatable") @QueryParam("status") List<String> statuses,
                         @Parameter(description = "request type") @QueryParam("type") String type,
                         @Parameter(description = "true: the open deadline has passed; false: it has not, or there is none") @QueryParam("overdue") String overdue,
                         @Parameter(description = "product model, case-insensitive") @QueryParam("model") String model,
                         @Parameter(description = "opened on or after this day (store time zone), 1900-01-01 to 9999-12-31") @QueryParam("createdFrom") String createdFrom,
                         @Parameter(description = "opened on or before this day (store time zone), 1900-01-01 to 9999-12-31") @QueryParam("createdTo") String createdTo,
                         @Parameter(description = "order number, exactly") @QueryParam("orderNumber") String orderNumber,
                         @Parameter(description = "customer id, exactly") @QueryParam("customerId") String customerId,
                         @Parameter(description = "the customer's email address, exactly but in any case") @QueryParam("customerEmail") String customerEmail,
                         @Parameter(description = "serial of the claimed unit, exactly") @QueryParam("unitId") String unitId,
                         @Parameter(description = "the 8-character reference mails quote (the first 8 hex digits of the claim id), any case",
                                 schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9A-Fa-f]{8}$"))
                         @QueryParam("reference") String reference,
                         @Parameter(description = "nextCursor of the previous page (or the cursor of a CSV file's Link)") @QueryParam("cursor") String cursor,
                         @Parameter(description = "page size, 1 to 200 (JSON only)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"))
                         @QueryParam("limit") @DefaultValue("50") String limitText,
                         @Context HttpHeaders headers, @Context UriInfo uri) {
        int limit = pageSize(limitText);
        ClaimListing.Filter filter = new ClaimListing.Filter(
                statuses == null ? Set.of() : statuses.stream().map(s -> parse("status", s, ClaimStatus.class)).collect(Collectors.toSet()),
                Optional.ofNullable(type).map(t -> parse("type", t, RequestType.class)),
                Optional.ofNullable(overdue).map(flag -> flag("overdue", flag)),
                Optional.ofNullable(model).filter(m -> !m.isBlank()),
                Optional.ofNullable(createdFrom).map(day -> day("createdFrom", day)),
                Optional.ofNullable(createdTo).map(day -> day("createdTo", day)),
                Optional.ofNullable(orderNumber).map(value -> exact("orderNumber", value, 64)),
                Optional.ofNullable(customerId).map(value -> exact("customerId", value, 128)),
                Optional.ofNullable(customerEmail).map(ClaimResource::email),
                Optional.ofNullable(unitId).map(value -> exact("unitId", value, 64)),
                Optional.ofNullable(reference).map(ClaimResource::reference));
        Optional<String> after = Optional.ofNullable(cursor).filter(c -> !c.isBlank());
        Caller caller = callers.caller();
        if (wantsCsv(headers)) {
            return export.answer(filter, after.map(ClaimListing.Position::parse), caller, uri);
        }
        ClaimListing.Page page = listing.list(filter, after, limit, caller);
        return Response.ok(new ClaimPage(page.claims().stream().map(claim -> ClaimView.of(claim, json)).toList(),
                page.nextCursor().orElse(null)), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({"customer", "staff"})
    @Operation(summary = "The audit trail of a claim", description = "Every transition, oldest first: who, in which role, when, from which state to which, and why.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = HistoryEntryView.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "submitted and confirmed", value = ApiExamples.HISTORY)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "403", description = "Not a customer or staff", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "404", description = "No such claim visible to the caller", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class),
            examples = @ExampleObject(name = "no such claim", value = ApiExamples.NOT_FOUND)))
    public List<HistoryEntryView> history(@PathParam("id") UUID id) {
        return listing.history(id, callers.caller()).stream().map(HistoryEntryView::of).toList();
    }

    private static <E extends Enum<E>> E parse(String field, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.of(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /** Beyond these the day is no date of a claim, and PostgreSQL's timestamps could not hold every such day. */
    private static final LocalDate EARLIEST_DAY = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST_DAY = LocalDate.of(9999, 12, 31);

    private static LocalDate day(String field, String value) {
        String problem = "must be a date (YYYY-MM-DD) from " + EARLIEST_DAY + " to " + LATEST_DAY;
        LocalDate day;
        try {
            day = LocalDate.parse(value);
        } catch (java.time.DateTimeException e) {
            throw InvalidRequestException.of(field, problem);
        }
        if (day.isBefore(EARLIEST_DAY) || day.isAfter(LATEST_DAY)) {
            throw InvalidRequestException.of(field, problem);
        }
        return day;
    }

    /** Read here rather than by the framework, which answers a limit that is no number with 404. */
    private static int pageSize(String value) {
        String problem = "must be a whole number from 1 to " + ClaimListing.MAX_LIMIT;
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= ClaimListing.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below, like a number out of range
        }
        throw InvalidRequestException.of("limit", problem);
    }

    /** An exact-match search value: surrounding blanks ignored, not empty, no longer than the column holding it. */
    private static String exact(String field, String value, int maxLength) {
        String text = value.strip();
        if (text.isEmpty() || text.length() > maxLength) {
            throw InvalidRequestException.of(field, "must be 1 to " + maxLength + " characters");
        }
        return text;
    }

    private static String email(String value) {
        String address = exact("customerEmail", value, 254);
        int at = address.indexOf('@');
        if (at <= 0 || at == address.length() - 1) {
            throw InvalidRequestException.of("customerEmail", "must be an email address");
        }
        return address;
    }

    private static ClaimReference reference(String value) {
        return ClaimReference.parse(value).orElseThrow(() -> InvalidRequestException.of("reference",
                "must be the 8 characters a mail quotes as the claim's reference (0-9, A-F)"));
    }

    /**
     * CSV when the client prefers it to JSON (Accept: text/csv, or text/* first); JSON for a wildcard, for no Accept
     * and for JSON first.
     */
    private static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType() || accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (accepted.isCompatible(MediaType.valueOf(ClaimCsv.MEDIA_TYPE))) {
                return true;
            }
        }
        return false;
    }

    /** Only true or false (any case): the framework would read any other word as false. */
    private static boolean flag(String field, String value) {
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw InvalidRequestException.of(field, "must be true or false");
        };
    }
}
