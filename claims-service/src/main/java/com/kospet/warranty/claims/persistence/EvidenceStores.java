package com.kospet.warranty.claims.persistence;

import com.kospet.warranty.claims.config.EvidenceConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** The one {@link EvidenceStore} of the service, as {@code claims.evidence.store} chooses. */
@ApplicationScoped
public class EvidenceStores {

    @Produces
    @ApplicationScoped
    EvidenceStore evidenceStore(EvidenceConfig config) {
        return switch (config.store()) {
            case FILESYSTEM -> new FileSystemEvidenceStore(config.path());
            case S3 -> s3(config.s3());
        };
    }

    void close(@Disposes EvidenceStore store) throws Exception {
        if (store instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    /** An S3 store from its settings; a missing bucket or half the credentials stop the start, not the first upload. */
    public static S3EvidenceStore s3(EvidenceConfig.S3 settings) {
        String bucket = settings.bucket().filter(name -> !name.isBlank()).orElseThrow(() -> new IllegalStateException(
                "claims.evidence.store=s3 needs claims.evidence.s3.bucket (EVIDENCE_S3_BUCKET)"));
        S3ClientBuilder client = S3Client.builder()
                .httpClient(ApacheHttpClient.create())
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyleAccess())
                // Checksums only where the store asks for them (it sends SHA-256 itself): the SDK's default, a trailing
                // checksum in aws-chunked encoding, is not understood by every S3-compatible server.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        settings.endpoint().ifPresent(client::endpointOverride);
        if (settings.accessKey().isPresent() != settings.secretKey().isPresent()) {
            throw new IllegalStateException("claims.evidence.s3.access-key and secret-key (EVIDENCE_S3_ACCESS_KEY, "
                    + "EVIDENCE_S3_SECRET_KEY) are set together or not at all");
        }
        AwsCredentialsProvider credentials = settings.accessKey().isPresent()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey().get(), settings.secretKey().get()))
                : DefaultCredentialsProvider.builder().build();
        client.credentialsProvider(credentials);
        return new S3EvidenceStore(client.build(), bucket);
    }
}
