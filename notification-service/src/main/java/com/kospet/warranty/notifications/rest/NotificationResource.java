package com.kospet.warranty.notifications.rest;

import com.kospet.warranty.notifications.config.NotificationsConfig;
import com.kospet.warranty.notifications.delivery.MessageId;
import com.kospet.warranty.notifications.persistence.SentMail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What was sent about a claim, when, to whom (address masked) and with which outcome. */
@Path("/api/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
@SecurityRequirement(name = "jwt")
public class NotificationResource {

    /**
     * One mail: {@code status} PENDING (owed; {@code dueAt} says when, {@code nextAttemptAt} when SMTP is
     * tried again), SENDING, SENT, FAILED (given up, dead-lettered) or CANCELLED (a reminder the claim
     * outgrew); {@code possiblyDuplicate} when it was sent again after an attempt whose outcome was unknown (a
     * timeout, a connection lost mid-exchange, a crash); {@code messageId}, the Message-ID header every attempt
     * carries, by which the copies can be found and told apart from other mail.
     */
    public record NotificationView(String kind, String recipient, String subject, SentMail.Status status, int attempts,
                                   @Schema(nullable = true) String lastError, boolean possiblyDuplicate, String messageId,
                                   Instant createdAt, Instant dueAt, @Schema(nullable = true) Instant nextAttemptAt,
                                   @Schema(nullable = true) Instant sentAt) {
        static NotificationView of(SentMail mail, String messageIdDomain) {
            return new NotificationView(mail.kind, mask(mail.recipient), mail.subject, mail.status, mail.attempts,
                    mail.lastError, mail.possiblyDuplicate, MessageId.of(mail.notificationKey, messageIdDomain).value(),
                    mail.createdAt, mail.dueAt, mail.nextAttemptAt, mail.sentAt);
        }
    }

    private final String messageIdDomain;

    public NotificationResource(NotificationsConfig config) {
        this.messageIdDomain = config.smtp().messageIdDomain();
    }

    @GET
    @RolesAllowed("staff")
    @Transactional
    @Operation(summary = "The mail sent about a claim")
    @APIResponse(responseCode = "200", description = "The claim's mail, oldest first; empty when nothing was owed")
    @APIResponse(responseCode = "400", description = "claimId missing or not a UUID (Problem Details)")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not staff")
    public List<NotificationView> ofClaim(@Parameter(description = "The claim's id", required = true,
            schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("claimId") String claimId) {
        return SentMail.ofClaim(claimId(claimId)).stream().map(mail -> NotificationView.of(mail, messageIdDomain)).toList();
    }

    /** Read here rather than by the framework, which answers an unreadable query parameter with 404. */
    private static UUID claimId(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidQueryException("claimId", "is required");
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException("claimId", "must be a UUID (got " + value + ")");
        }
    }

    /** {@code ada.lovelace@example.com} → {@code a***@example.com}: enough to tell addresses apart, not to read them. */
    static String mask(String address) {
        int at = address.indexOf('@');
        return at <= 0 ? "***" : address.charAt(0) + "***" + address.substring(at);
    }
}
