package com.kospet.warranty.claims.domain;

import java.util.List;

/**
 * How much evidence one claim may hold: each file, all files together, and how many. Checked before
 * anything is stored, and again under the claim's lock, where a concurrent upload may have taken the room.
 */
public record EvidenceLimits(long maxFileBytes, long maxClaimBytes, int maxFiles) {

    /** What a claim holds already. */
    public record Held(int files, long bytes) {
    }

    /** One file of an upload: the name the client gave it (only to name it in an answer) and its size. */
    public record Incoming(String fileName, long bytes) {
    }

    /** @throws EvidenceLimitExceededException naming the first limit the upload would pass */
    public void check(Held held, List<Incoming> upload) {
        for (Incoming file : upload) {
            if (file.bytes() > maxFileBytes) {
                throw EvidenceLimitExceededException.fileSize(file.fileName(), file.bytes(), maxFileBytes);
            }
        }
        if (held.files() + upload.size() > maxFiles) {
            throw EvidenceLimitExceededException.fileCount(held.files(), upload.size(), maxFiles);
        }
        long total = held.bytes() + upload.stream().mapToLong(Incoming::bytes).sum();
        if (total > maxClaimBytes) {
            throw EvidenceLimitExceededException.claimSize(held.bytes(), total - held.bytes(), maxClaimBytes);
        }
    }
}
