package com.kospet.warranty.claims.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Evidence as files under one root directory ({@code claims.evidence.path}), one directory per claim.
 * A file is written under a temporary name and moved into place once complete, so a key never names
 * a half-written file. Keys are built from ids only; a key that leads out of the root is refused. Its files are
 * seen by this machine only: instances of the service on other machines need {@link S3EvidenceStore}.
 */
public class FileSystemEvidenceStore implements EvidenceStore {

    private final Path root;

    public FileSystemEvidenceStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public Stored put(UUID claimId, UUID evidenceId, Path content, String mediaType) throws IOException {
        // The type lives in the evidence row; a file has nowhere to keep it.
        String key = EvidenceStore.keyOf(claimId, evidenceId);
        Path target = resolve(key);
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(evidenceId + ".part");
        MessageDigest sha256 = sha256();
        long size;
        try (InputStream in = Files.newInputStream(content);
             FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream out = new DigestOutputStream(Channels.newOutputStream(channel), sha256);
            size = in.transferTo(out);
            out.flush();
            // On disk before its row can be committed: a crash must not leave a row whose file was still in memory.
            channel.force(true);
        } catch (IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        return new Stored(key, size, HexFormat.of().formatHex(sha256.digest()));
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    private Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("evidence key outside the store: " + key);
        }
        return path;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
