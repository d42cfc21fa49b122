package com.kospet.warranty.claims.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** Where evidence (DP-2) is kept and how much a claim may hold ({@code claims.evidence.*}). */
@ConfigMapping(prefix = "claims.evidence")
public interface EvidenceConfig {

    /** Which store keeps the bytes of evidence. */
    enum Store {
        /** A local directory ({@link #path()}): one instance of the service only. */
        FILESYSTEM,
        /** A bucket on the S3 API ({@link #s3()}): shared by every instance of the service. */
        S3
    }

    /** Which store keeps the bytes: {@code filesystem} (the default) or {@code s3}. */
    @WithDefault("filesystem")
    Store store();

    /** The directory the filesystem evidence store writes under; relative paths start at the working directory. */
    @WithDefault("data/evidence")
    Path path();

    /** The bucket of the S3 evidence store; read only when {@link #store()} is {@code s3}. */
    S3 s3();

    /** The largest single picture or video accepted. */
    @WithDefault("20M")
    MemorySize maxFileSize();

    /** The most all evidence of one claim may add up to. */
    @WithDefault("100M")
    MemorySize maxClaimSize();

    /** The most files one claim may hold. */
    @WithDefault("20")
    int maxFiles();

    /** An S3 bucket, on AWS or on an S3-compatible server (MinIO and the like). */
    interface S3 {

        /** The bucket; it must exist (the deployment creates it, the service never does). */
        Optional<String> bucket();

        /** The server's address; absent means AWS's own endpoint for {@link #region()}. */
        Optional<URI> endpoint();

        /** The region requests are signed for; S3-compatible servers mostly accept any. */
        @WithDefault("us-east-1")
        String region();

        /** The access key; absent means the SDK's default chain (environment, profile, instance role). */
        Optional<String> accessKey();

        /** The secret key belonging to {@link #accessKey()}. */
        Optional<String> secretKey();

        /** Bucket in the path ({@code http://host/bucket/key}), as S3-compatible servers expect, instead of in the host name. */
        @WithDefault("true")
        boolean pathStyleAccess();
    }
}
