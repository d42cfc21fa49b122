package com.kospet.warranty.notifications.rest;

import com.kospet.warranty.model.problem.ProblemDetail;
import com.kospet.warranty.notifications.mail.MailKind;
import com.kospet.warranty.notifications.persistence.SentMail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The storefront's account page: the mail a customer was sent about their own claims, so "did you email me?"
 * has an answer. A customer is who their token's subject names, matched against the customer each claim event
 * carried; only mail written to the customer shows (alerts to staff about their claim do not), and only what
 * the customer already read in it: no addresses, no bodies, no delivery internals.
 */
@Path("/api/me/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
@SecurityRequirement(name = "jwt")
public class CustomerNotificationResource {

    static final int MAX_LIMIT = 200;

    /** Mail written to the customer; the audience of each kind is decided once, in {@link MailKind}. */
    private static final List<String> CUSTOMER_KINDS = Arrays.stream(MailKind.values())
            .filter(kind -> kind.audience() == MailKind.Audience.CUSTOMER).map(MailKind::key).toList();

    /** The earliest and latest due time a cursor can name: any wider is no cursor this service gave out. */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    private static final String EXAMPLE = """
            {"items": [{"claimId": "5b0f3c1e-8d7a-4f0e-9c1a-2f7d9e4b6a10", "kind": "claim-confirmed",
                        "subject": "Your request 5B0F3C1E is confirmed",
                        "status": "SENT", "dueAt": "2026-11-25T09:12:04.118Z", "sentAt": "2026-11-25T09:12:05.402Z"},
                       {"claimId": "5b0f3c1e-8d7a-4f0e-9c1a-2f7d9e4b6a10", "kind": "claim-submitted",
                        "subject": "We received your request 5B0F3C1E",
                        "status": "SENT", "dueAt": "2026-11-24T14:37:31.730Z", "sentAt": "2026-11-24T14:37:32.016Z"}],
             "nextCursor": null}""";

    /**
     * One mail to the customer: {@code status} PENDING (due at {@code dueAt}; a reminder may be due later),
     * SENDING (handed to the mail server, outcome not yet known), SENT, FAILED (given up) or CANCELLED (a
     * reminder the claim outgrew, never sent); {@code sentAt} once the mail server accepted it.
     */
    public record CustomerNotificationView(UUID claimId, String kind, String subject, SentMail.Status status,
                                           Instant dueAt, @Schema(nullable = true) Instant sentAt) {
        static CustomerNotificationView of(SentMail mail) {
            return new CustomerNotificationView(mail.claimId, mail.kind, mail.subject, mail.status, mail.dueAt, mail.sentAt);
        }
    }

    /** One page; {@code nextCursor} is null on the last. */
    public record CustomerNotificationPage(List<CustomerNotificationView> items, @Schema(nullable = true) String nextCursor) {
    }

    private final JsonWebToken token;

    public CustomerNotificationResource(JsonWebToken token) {
        this.token = token;
    }

    @GET
    @RolesAllowed("customer")
    @Transactional
    @Operation(summary = "The mail sent to the calling customer about their claims",
            description = "Newest first (by when each mail was or is due); pass nextCursor back as cursor for the next page. "
                    + "Only the caller's own claims, and only mail written to them; a claim id of anyone else's gives an empty page.")
    @APIResponse(responseCode = "200", description = "The caller's mail, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustomerNotificationPage.class),
                    examples = @ExampleObject(name = "an acknowledgement and a confirmation", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "claimId not a UUID, limit out of range, or a cursor this service did not give out",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not a customer")
    public CustomerNotificationPage mine(
            @Parameter(description = "only the mail about this claim of the caller's",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("claimId") String claimId,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"))
            @QueryParam("limit") @DefaultValue("50") String limitText) {
        int limit = pageSize(limitText);
        Optional<UUID> claim = Optional.ofNullable(claimId).filter(value -> !value.isBlank()).map(CustomerNotificationResource::claimId);
        Optional<SentMail.Position> after = Optional.ofNullable(cursor).filter(value -> !value.isBlank()).map(CustomerNotificationResource::decode);
        Optional<String> customer = Optional.ofNullable(token.getSubject()).filter(subject -> !subject.isBlank());
        if (customer.isEmpty()) {
            return new CustomerNotificationPage(List.of(), null);
        }
        List<SentMail> found = SentMail.ofCustomer(customer.get(), CUSTOMER_KINDS, claim, after, limit);
        String next = found.size() < limit ? null : encode(SentMail.Position.of(found.get(found.size() - 1)));
        return new CustomerNotificationPage(found.stream().map(CustomerNotificationView::of).toList(), next);
    }

    /** Read here rather than by the framework, which answers a query parameter it cannot read with 404. */
    private static int pageSize(String value) {
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below, like a number out of range
        }
        throw new InvalidQueryException("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }

    private static UUID claimId(String value) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException("claimId", "must be a UUID (got " + value + ")");
        }
    }

    private static String encode(SentMail.Position position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((position.dueAt() + "|" + position.id()).getBytes(StandardCharsets.UTF_8));
    }

    private static SentMail.Position decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8).split("\\|", 2);
            Instant dueAt = Instant.parse(parts[0]);
            if (dueAt.isBefore(EARLIEST) || dueAt.isAfter(LATEST)) {
                throw new IllegalArgumentException("due time out of range");
            }
            return new SentMail.Position(dueAt, Long.parseLong(parts[1]));
        } catch (RuntimeException e) {
            throw new InvalidQueryException("cursor", "is not a cursor this service gave out");
        }
    }
}
