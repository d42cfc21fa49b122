package com.kospet.warranty.claims.persistence;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

/**
 * Evidence as objects in one S3 bucket, under the same keys as the filesystem store ({@code <claim>/<evidence>}), so
 * every instance of the service reads what any of them stored. An object is uploaded in one PUT from the file the
 * upload was written to, streamed with its known length; S3 makes it visible only once complete. Each object keeps
 * its content type and, as metadata {@code sha256}, the SHA-256 of its bytes (the digest the evidence row holds). The
 * upload also sends {@code Content-MD5}, which S3 and every S3-compatible server verify, so bytes damaged on the way
 * are refused instead of stored ({@code x-amz-checksum-sha256} would do the same, but not every such server has it).
 */
public class S3EvidenceStore implements EvidenceStore, AutoCloseable {

    /** The object metadata entry (header {@code x-amz-meta-sha256}) holding the bytes' SHA-256, in hex. */
    public static final String SHA256_METADATA = "sha256";

    private final S3Client s3;
    private final String bucket;

    /** @param s3 a client this store owns from now on, and closes with it */
    public S3EvidenceStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public Stored put(UUID claimId, UUID evidenceId, Path content, String mediaType) throws IOException {
        String key = EvidenceStore.keyOf(claimId, evidenceId);
        // The digests go with the request, so they are read before: a second pass over a local file, not a copy in memory.
        MessageDigest sha256 = FileSystemEvidenceStore.sha256();
        MessageDigest md5 = md5();
        digest(content, sha256, md5);
        String sha256Hex = HexFormat.of().formatHex(sha256.digest());
        long size = Files.size(content);
        try {
            s3.putObject(put -> put.bucket(bucket).key(key)
                            .contentType(mediaType)
                            .contentLength(size)
                            .contentMD5(Base64.getEncoder().encodeToString(md5.digest()))
                            .metadata(Map.of(SHA256_METADATA, sha256Hex)),
                    RequestBody.fromFile(content));
        } catch (SdkException e) {
            throw failure("storing", key, e);
        }
        return new Stored(key, size, sha256Hex);
    }

    @Override
    public InputStream open(String key) throws IOException {
        try {
            return s3.getObject(get -> get.bucket(bucket).key(key));
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException("s3://" + bucket + "/" + key);
        } catch (SdkException e) {
            throw failure("reading", key, e);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        // S3 answers a delete of a missing key as a success, as this interface asks.
        try {
            s3.deleteObject(delete -> delete.bucket(bucket).key(key));
        } catch (SdkException e) {
            throw failure("removing", key, e);
        }
    }

    @Override
    public void close() {
        s3.close();
    }

    /** An answer of the server or no answer at all (unreachable, timed out): to the caller both are a failed I/O. */
    private IOException failure(String doing, String key, SdkException e) {
        return new IOException(doing + " s3://" + bucket + "/" + key + " failed: " + e.getMessage(), e);
    }

    private static void digest(Path file, MessageDigest... digests) throws IOException {
        InputStream in = Files.newInputStream(file);
        for (MessageDigest digest : digests) {
            in = new DigestInputStream(in, digest);
        }
        try (InputStream all = in) {
            all.transferTo(OutputStream.nullOutputStream());
        }
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }
}
