package com.kospet.warranty.claims.service;

import com.kospet.warranty.claims.config.EvidenceConfig;
import com.kospet.warranty.claims.domain.Caller;
import com.kospet.warranty.claims.domain.ClaimClosedException;
import com.kospet.warranty.claims.domain.EvidenceLimits;
import com.kospet.warranty.claims.domain.EvidenceMediaType;
import com.kospet.warranty.claims.domain.InvalidRequestException;
import com.kospet.warranty.claims.domain.NotFoundException;
import com.kospet.warranty.claims.domain.UnsupportedEvidenceTypeException;
import com.kospet.warranty.claims.persistence.ClaimEntity;
import com.kospet.warranty.claims.persistence.EvidenceEntity;
import com.kospet.warranty.claims.persistence.EvidenceStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The pictures and videos of a claim (DP-2). An upload is all or nothing: every file is checked
 * (its type sniffed from its bytes, the claim's limits) before any is stored; the files are stored
 * first and their rows written after, in one transaction under the claim's lock; when that
 * transaction fails the stored files are removed again, so no row is ever without its file.
 */
@ApplicationScoped
public class EvidenceService {

    private static final Logger LOG = Logger.getLogger(EvidenceService.class);

    private final ClaimService claims;
    private final EvidenceStore store;
    private final EvidenceContentSniffer sniffer;
    private final EvidenceLimits limits;
    private final Clock clock;
    private final MeterRegistry metrics;

    public EvidenceService(ClaimService claims, EvidenceStore store, EvidenceContentSniffer sniffer, EvidenceConfig config,
                           Clock clock, MeterRegistry metrics) {
        this.claims = claims;
        this.store = store;
        this.sniffer = sniffer;
        this.limits = new EvidenceLimits(config.maxFileSize().asLongValue(), config.maxClaimSize().asLongValue(),
                config.maxFiles());
        this.clock = clock;
        this.metrics = metrics;
    }

    /** One uploaded file: the name the client gave it and where the upload put its bytes. */
    public record Upload(String fileName, Path content) {
    }

    /** A piece of evidence and a way to read its bytes. */
    public record Content(EvidenceEntity evidence, InputStream bytes) {
    }

    private record Checked(Upload upload, long size, EvidenceMediaType type) {
    }

    /**
     * Adds the uploaded files to the caller's claim.
     *
     * @throws NotFoundException when the caller may not see the claim
     * @throws ClaimClosedException when the claim is in a terminal state
     * @throws com.kospet.warranty.claims.domain.EvidenceLimitExceededException when a limit would be passed
     * @throws UnsupportedEvidenceTypeException when a file is no accepted picture or video
     */
    public List<EvidenceEntity> add(UUID claimId, List<Upload> uploads, Caller caller) {
        if (uploads.isEmpty()) {
            throw InvalidRequestException.of("file", "at least one picture or video is required");
        }
        List<EvidenceLimits.Incoming> incoming = uploads.stream()
                .map(upload -> new EvidenceLimits.Incoming(upload.fileName(), sizeOf(upload))).toList();
        limits.check(held(claimId, caller), incoming);
        List<Checked> checked = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            Upload upload = uploads.get(i);
            String sniffed = sniffer.sniff(upload.content());
            EvidenceMediaType type = EvidenceMediaType.of(sniffed)
                    .orElseThrow(() -> new UnsupportedEvidenceTypeException(upload.fileName(), sniffed));
            checked.add(new Checked(upload, incoming.get(i).bytes(), type));
        }

        List<EvidenceEntity> rows = new ArrayList<>();
        Recorded recorded;
        try {
            for (Checked file : checked) {
                rows.add(stored(claimId, file, caller));
            }
            recorded = QuarkusTransaction.requiringNew().call(() -> record(claimId, rows, incoming));
        } catch (RuntimeException e) {
            rows.forEach(this::removeFile);
            throw e;
        }
        recorded.alreadyHeld().forEach(this::removeFile);
        metrics.counter("claims.evidence.added").increment(recorded.added());
        LOG.infof("claim %s: %d evidence file(s) added, %d already held", claimId, recorded.added(), recorded.alreadyHeld().size());
        return recorded.answer();
    }

    /**
     * What an upload came to: its files in the order sent, each the stored piece of evidence; {@code alreadyHeld}
     * are the new copies of files the claim held already (same bytes), whose stored copy is removed again.
     */
    private record Recorded(List<EvidenceEntity> answer, int added, List<EvidenceEntity> alreadyHeld) {
    }

    /** The claim's evidence, oldest first. */
    @Transactional
    public List<EvidenceEntity> list(UUID claimId, Caller caller) {
        claims.visibleTo(claimId, caller);
        return EvidenceEntity.ofClaim(claimId);
    }

    /** One piece of evidence of the claim, with its bytes; anything the caller may not see is not found. */
    public Content content(UUID claimId, UUID evidenceId, Caller caller) {
        EvidenceEntity evidence = describe(claimId, evidenceId, caller);
        try {
            return new Content(evidence, store.open(evidence.storageKey));
        } catch (IOException e) {
            throw new UncheckedIOException("the stored file of evidence " + evidenceId + " could not be read", e);
        }
    }

    @Transactional
    EvidenceEntity describe(UUID claimId, UUID evidenceId, Caller caller) {
        claims.visibleTo(claimId, caller);
        return EvidenceEntity.ofClaim(claimId, evidenceId)
                .orElseThrow(() -> new NotFoundException("evidence " + evidenceId + " of claim " + claimId));
    }

    /** What the claim holds already, once the caller may add to it. */
    @Transactional
    EvidenceLimits.Held held(UUID claimId, Caller caller) {
        ClaimEntity claim = claims.visibleTo(claimId, caller);
        ensureOpen(claim);
        return new EvidenceLimits.Held(claim.evidenceCount, EvidenceEntity.bytesOf(claimId));
    }

    /**
     * Writes the rows of files already stored, re-checking the claim under its lock: a concurrent upload may have
     * filled it. A file whose bytes the claim holds already (a retried upload, the same picture sent twice) is
     * answered with the evidence held, so a retry never duplicates evidence.
     */
    private Recorded record(UUID claimId, List<EvidenceEntity> rows, List<EvidenceLimits.Incoming> incoming) {
        ClaimEntity claim = ClaimEntity.findById(claimId, LockModeType.PESSIMISTIC_WRITE);
        ensureOpen(claim);
        Map<String, EvidenceEntity> held = new HashMap<>();
        EvidenceEntity.ofClaim(claimId).forEach(evidence -> held.putIfAbsent(evidence.sha256, evidence));
        List<EvidenceEntity> answer = new ArrayList<>();
        List<EvidenceEntity> fresh = new ArrayList<>();
        List<EvidenceLimits.Incoming> freshIncoming = new ArrayList<>();
        List<EvidenceEntity> alreadyHeld = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            EvidenceEntity row = rows.get(i);
            EvidenceEntity same = held.putIfAbsent(row.sha256, row);
            if (same == null) {
                fresh.add(row);
                freshIncoming.add(incoming.get(i));
                answer.add(row);
            } else {
                alreadyHeld.add(row);
                answer.add(same);
            }
        }
        limits.check(new EvidenceLimits.Held(claim.evidenceCount, EvidenceEntity.bytesOf(claimId)), freshIncoming);
        fresh.forEach(row -> row.persist());
        if (!fresh.isEmpty()) {
            claim.evidenceCount += fresh.size();
            claim.updatedAt = clock.instant();
        }
        ClaimEntity.getEntityManager().flush();
        return new Recorded(answer, fresh.size(), alreadyHeld);
    }

    private EvidenceEntity stored(UUID claimId, Checked file, Caller caller) {
        UUID id = UUID.randomUUID();
        EvidenceStore.Stored stored;
        try {
            stored = store.put(claimId, id, file.upload().content(), file.type().mediaType());
        } catch (IOException e) {
            throw new UncheckedIOException("evidence of claim " + claimId + " could not be stored", e);
        }
        EvidenceEntity row = new EvidenceEntity();
        row.id = id;
        row.claimId = claimId;
        row.fileName = file.upload().fileName();
        row.mediaType = file.type().mediaType();
        row.sizeBytes = stored.size();
        row.sha256 = stored.sha256();
        row.storageKey = stored.key();
        row.uploadedAt = clock.instant();
        row.uploadedBy = caller.id();
        row.uploaderRole = caller.role().label();
        return row;
    }

    private void removeFile(EvidenceEntity row) {
        try {
            store.delete(row.storageKey);
        } catch (IOException | RuntimeException e) {
            LOG.errorf("the file of evidence %s of claim %s could not be removed after a failed upload: %s",
                    row.id, row.claimId, e.toString());
        }
    }

    private static void ensureOpen(ClaimEntity claim) {
        if (claim.status.isTerminal()) {
            throw new ClaimClosedException(claim.status);
        }
    }

    private static long sizeOf(Upload upload) {
        try {
            return Files.size(upload.content());
        } catch (IOException e) {
            throw new UncheckedIOException("an uploaded file could not be read", e);
        }
    }
}
