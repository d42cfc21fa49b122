package com.kospet.warranty.claims.persistence;

import com.kospet.warranty.claims.config.EvidenceConfig;
import com.kospet.warranty.stack.Ports;
import com.kospet.warranty.testinfra.S3Resource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The S3 store, against a real S3 API server, holds to the contract of every evidence store, and keeps type and digest. */
class S3EvidenceStoreTest extends EvidenceStoreContract {

    private static final S3Resource SERVER = new S3Resource();
    private static S3Resource.Server server;

    private final List<S3EvidenceStore> opened = new ArrayList<>();

    @BeforeAll
    static void startServer() {
        SERVER.start();
        server = S3Resource.server();
    }

    @AfterAll
    static void stopServer() {
        SERVER.stop();
    }

    @AfterEach
    void closeStores() {
        opened.forEach(S3EvidenceStore::close);
    }

    @Override
    EvidenceStore store() {
        return open(server.bucket(), server.secretKey());
    }

    @Override
    EvidenceStore secondInstance() {
        return open(server.bucket(), server.secretKey());
    }

    @Test
    void theObjectKeepsItsContentTypeAndSha256() throws Exception {
        byte[] bytes = randomBytes(5000);

        EvidenceStore.Stored stored = store().put(UUID.randomUUID(), UUID.randomUUID(), upload(bytes), "video/webm");

        try (S3Client s3 = server.client()) {
            HeadObjectResponse head = s3.headObject(h -> h.bucket(server.bucket()).key(stored.key()));
            assertThat(head.contentType()).isEqualTo("video/webm");
            assertThat(head.contentLength()).isEqualTo(bytes.length);
            assertThat(head.metadata()).containsEntry(S3EvidenceStore.SHA256_METADATA, sha256(bytes));
        }
    }

    @Test
    void aWrongSecretKeyIsRefusedAndStoresNothing() throws Exception {
        EvidenceStore wrong = open(server.bucket(), "not-the-secret");
        UUID claim = UUID.randomUUID();

        assertThatThrownBy(() -> wrong.put(claim, UUID.randomUUID(), upload(randomBytes(10)), "image/png"))
                .isInstanceOf(IOException.class);
        try (S3Client s3 = server.client()) {
            assertThat(s3.listObjectsV2(list -> list.bucket(server.bucket()).prefix(claim + "/")).contents()).isEmpty();
        }
    }

    @Test
    void anUnreachableServerIsAFailedStoreNotAnUncheckedSurprise() throws Exception {
        URI nobody = URI.create("http://127.0.0.1:" + Ports.anyFree());
        S3EvidenceStore unreachable = EvidenceStores.s3(settings(server.bucket(), server.secretKey(), nobody));
        opened.add(unreachable);

        assertThatThrownBy(() -> unreachable.put(UUID.randomUUID(), UUID.randomUUID(), upload(randomBytes(10)), "image/png"))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> read(unreachable, UUID.randomUUID() + "/" + UUID.randomUUID()))
                .isInstanceOf(IOException.class);
    }

    @Test
    void aBucketIsRequiredToStartTheS3Store() {
        assertThatThrownBy(() -> EvidenceStores.s3(settings(null, server.secretKey())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("EVIDENCE_S3_BUCKET");
    }

    private S3EvidenceStore open(String bucket, String secretKey) {
        S3EvidenceStore store = EvidenceStores.s3(settings(bucket, secretKey));
        opened.add(store);
        return store;
    }

    private static EvidenceConfig.S3 settings(String bucket, String secretKey) {
        return settings(bucket, secretKey, server.endpoint());
    }

    private static EvidenceConfig.S3 settings(String bucket, String secretKey, URI endpoint) {
        return new EvidenceConfig.S3() {
            @Override
            public Optional<String> bucket() {
                return Optional.ofNullable(bucket);
            }

            @Override
            public Optional<URI> endpoint() {
                return Optional.of(endpoint);
            }

            @Override
            public String region() {
                return server.region();
            }

            @Override
            public Optional<String> accessKey() {
                return Optional.of(server.accessKey());
            }

            @Override
            public Optional<String> secretKey() {
                return Optional.of(secretKey);
            }

            @Override
            public boolean pathStyleAccess() {
                return true;
            }
        };
    }
}
