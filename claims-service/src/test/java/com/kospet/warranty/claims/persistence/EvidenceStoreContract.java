package com.kospet.warranty.claims.persistence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link EvidenceStore} does, whatever keeps the bytes; each implementation's test extends this. A
 * "second instance" is a store built anew from the same settings, as another instance of the service would build it.
 */
abstract class EvidenceStoreContract {

    @TempDir
    Path uploads;

    /** The store under test. */
    abstract EvidenceStore store();

    /** Another store from the same settings, as a second instance of the service has. */
    abstract EvidenceStore secondInstance();

    @Test
    void aStoredFileIsReadBackByteIdenticalWithItsSizeAndSha256() throws Exception {
        byte[] bytes = randomBytes(70_000);
        UUID claim = UUID.randomUUID();
        UUID evidence = UUID.randomUUID();

        EvidenceStore.Stored stored = store().put(claim, evidence, upload(bytes), "image/png");

        assertThat(stored.key()).isEqualTo(claim + "/" + evidence);
        assertThat(stored.size()).isEqualTo(bytes.length);
        assertThat(stored.sha256()).isEqualTo(sha256(bytes));
        assertThat(read(store(), stored.key())).isEqualTo(bytes);
    }

    @Test
    void aSecondInstanceReadsWhatTheFirstStored() throws Exception {
        byte[] bytes = randomBytes(3 * 1024 * 1024 + 17);

        EvidenceStore.Stored stored = store().put(UUID.randomUUID(), UUID.randomUUID(), upload(bytes), "video/mp4");

        assertThat(read(secondInstance(), stored.key())).isEqualTo(bytes);
    }

    @Test
    void aDeletedFileIsGoneForEveryInstanceAndDeletingAgainIsNoError() throws Exception {
        EvidenceStore.Stored stored = store().put(UUID.randomUUID(), UUID.randomUUID(), upload(randomBytes(1000)), "image/jpeg");

        secondInstance().delete(stored.key());

        assertThatThrownBy(() -> read(store(), stored.key())).isInstanceOf(IOException.class);
        store().delete(stored.key());
    }

    @Test
    void anEmptyFileIsStoredAsEmpty() throws Exception {
        EvidenceStore.Stored stored = store().put(UUID.randomUUID(), UUID.randomUUID(), upload(new byte[0]), "image/png");

        assertThat(stored.size()).isZero();
        assertThat(read(store(), stored.key())).isEmpty();
    }

    @Test
    void aKeyNeverStoredCannotBeOpened() {
        assertThatThrownBy(() -> read(store(), UUID.randomUUID() + "/" + UUID.randomUUID())).isInstanceOf(IOException.class);
    }

    Path upload(byte[] bytes) throws IOException {
        Path file = Files.createTempFile(uploads, "upload", ".bin");
        Files.write(file, bytes);
        return file;
    }

    static byte[] read(EvidenceStore store, String key) throws IOException {
        try (InputStream in = store.open(key)) {
            return in.readAllBytes();
        }
    }

    static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
