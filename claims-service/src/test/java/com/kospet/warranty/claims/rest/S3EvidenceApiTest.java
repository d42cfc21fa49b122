package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.Fixtures.OpenClaim;
import com.kospet.warranty.claims.persistence.S3EvidenceStore;
import com.kospet.warranty.testinfra.S3Resource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every evidence test again, with the service keeping evidence in an S3 bucket: uploads, limits, rollbacks and
 * reads behave as with the filesystem store, and the objects carry their content type and SHA-256.
 */
@QuarkusTest
@TestProfile(S3EvidenceProfile.class)
class S3EvidenceApiTest extends EvidenceApiTest {

    @Test
    void anUploadedPictureIsAnObjectWithItsContentTypeAndSha256() {
        OpenClaim claim = openClaim();
        byte[] png = realPng();
        String id = uploader(claim).multiPart("file", "screen.png", png, "application/octet-stream")
                .post("/api/claims/{id}/evidence", claim.id())
                .then().statusCode(201).extract().path("[0].id");
        String sha256 = claim.customer().asCustomer().get("/api/claims/{id}/evidence", claim.id())
                .then().statusCode(200).extract().path("[0].sha256");

        S3Resource.Server server = S3Resource.server();
        try (S3Client s3 = server.client()) {
            HeadObjectResponse head = s3.headObject(h -> h.bucket(server.bucket()).key(claim.id() + "/" + id));
            assertThat(head.contentType()).isEqualTo("image/png");
            assertThat(head.contentLength()).isEqualTo(png.length);
            assertThat(head.metadata()).containsEntry(S3EvidenceStore.SHA256_METADATA, sha256);
        }
    }

    @Override
    protected List<String> filesOf(OpenClaim claim) {
        S3Resource.Server server = S3Resource.server();
        try (S3Client s3 = server.client()) {
            return s3.listObjectsV2Paginator(list -> list.bucket(server.bucket()).prefix(claim.id() + "/")).contents()
                    .stream().map(S3Object::key).map(key -> key.substring(key.indexOf('/') + 1)).toList();
        }
    }

    @Override
    protected byte[] storedBytes(OpenClaim claim, String evidenceId) {
        S3Resource.Server server = S3Resource.server();
        try (S3Client s3 = server.client()) {
            return s3.getObjectAsBytes(get -> get.bucket(server.bucket()).key(claim.id() + "/" + evidenceId)).asByteArray();
        }
    }
}
