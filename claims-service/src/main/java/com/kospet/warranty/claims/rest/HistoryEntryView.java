package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.persistence.ClaimHistoryEntity;
import com.kospet.warranty.model.ClaimStatus;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a claim's audit trail: who did what, when, from which state to which, and why. */
@Schema(example = ApiExamples.HISTORY_ENTRY)
public record HistoryEntryView(Instant occurredAt, String actor, String role, String action,
                               @Schema(nullable = true, description = "absent for the submission that opened the claim")
                               ClaimStatus fromStatus,
                               ClaimStatus toStatus, @Schema(nullable = true) String reason) {

    public static HistoryEntryView of(ClaimHistoryEntity entry) {
        return new HistoryEntryView(entry.occurredAt, entry.actor, entry.role, entry.action, entry.fromStatus,
                entry.toStatus, entry.reason);
    }
}
