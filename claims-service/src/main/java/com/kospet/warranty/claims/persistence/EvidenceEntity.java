package com.kospet.warranty.claims.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A picture or video of a claim (DP-2): what it is and where its bytes are in the {@link EvidenceStore}. */
@Entity
@Table(name = "evidence")
public class EvidenceEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "claim_id", nullable = false)
    public UUID claimId;

    /** The name the client gave the file, for people only. */
    @Column(name = "file_name", nullable = false)
    public String fileName;

    /** Sniffed from the content when it was uploaded. */
    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    /** Hex SHA-256 of the stored bytes. */
    @Column(nullable = false)
    public String sha256;

    @Column(name = "storage_key", nullable = false)
    public String storageKey;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false)
    public String uploadedBy;

    @Column(name = "uploader_role", nullable = false)
    public String uploaderRole;

    public static List<EvidenceEntity> ofClaim(UUID claimId) {
        return list("claimId = ?1 order by uploadedAt, id", claimId);
    }

    public static Optional<EvidenceEntity> ofClaim(UUID claimId, UUID evidenceId) {
        return find("claimId = ?1 and id = ?2", claimId, evidenceId).firstResultOptional();
    }

    /** The bytes a claim's evidence adds up to. */
    public static long bytesOf(UUID claimId) {
        Long sum = getEntityManager()
                .createQuery("select coalesce(sum(e.sizeBytes), 0) from EvidenceEntity e where e.claimId = ?1", Long.class)
                .setParameter(1, claimId)
                .getSingleResult();
        return sum == null ? 0 : sum;
    }
}
