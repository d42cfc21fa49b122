package com.kospet.warranty.claims.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Where the bytes of evidence live, apart from the database rows that describe them. A file is
 * stored before its row is written and removed again when that row could not be written.
 */
public interface EvidenceStore {

    /** What was stored: the key to find it again, how many bytes, and their SHA-256 (hex). */
    record Stored(String key, long size, String sha256) {
    }

    /**
     * Copies the complete file {@code content} (an upload the server has written to disk) in as a new file of the
     * claim, streaming it rather than holding it in memory; visible under the key only once complete.
     *
     * @param mediaType the type sniffed from the bytes, kept with them where the store can
     */
    Stored put(UUID claimId, UUID evidenceId, Path content, String mediaType) throws IOException;

    /** The bytes stored under {@code key}, streamed; the caller closes the stream. */
    InputStream open(String key) throws IOException;

    /** Removes the file under {@code key}; no error when there is none. */
    void delete(String key) throws IOException;

    /** The key of a claim's piece of evidence: the same in every store, so rows never say which store holds them. */
    static String keyOf(UUID claimId, UUID evidenceId) {
        return claimId + "/" + evidenceId;
    }
}
