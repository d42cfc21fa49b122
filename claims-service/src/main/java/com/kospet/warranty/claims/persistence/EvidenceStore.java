package com.kospet.warranty.claims.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

/**
 * Where the bytes of evidence live, apart from the database rows that describe them. A file is
 * stored before its row is written and removed again when that row could not be written.
 */
public interface EvidenceStore {

    /** What was stored: the key to find it again, how many bytes, and their SHA-256 (hex). */
    record Stored(String key, long size, String sha256) {
    }

    /** Copies {@code content} in as a new file of the claim; visible under the key only once complete. */
    Stored put(UUID claimId, UUID evidenceId, InputStream content) throws IOException;

    /** The bytes stored under {@code key}. */
    InputStream open(String key) throws IOException;

    /** Removes the file under {@code key}; no error when there is none. */
    void delete(String key) throws IOException;
}
