package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.persistence.EvidenceEntity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A picture or video of a claim, as listed: its type as sniffed from its bytes, never as the client claimed. */
@Schema(example = ApiExamples.EVIDENCE)
public record EvidenceView(UUID id, String fileName, String mediaType, long size, String sha256, Instant uploadedAt,
                           String uploaderRole) {

    public static EvidenceView of(EvidenceEntity evidence) {
        return new EvidenceView(evidence.id, evidence.fileName, evidence.mediaType, evidence.sizeBytes, evidence.sha256,
                evidence.uploadedAt, evidence.uploaderRole);
    }
}
