package com.kospet.warranty.claims.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;

/** Where evidence (DP-2) is kept and how much a claim may hold ({@code claims.evidence.*}). */
@ConfigMapping(prefix = "claims.evidence")
public interface EvidenceConfig {

    /** The directory the filesystem evidence store writes under; relative paths start at the working directory. */
    @WithDefault("data/evidence")
    Path path();

    /** The largest single picture or video accepted. */
    @WithDefault("20M")
    MemorySize maxFileSize();

    /** The most all evidence of one claim may add up to. */
    @WithDefault("100M")
    MemorySize maxClaimSize();

    /** The most files one claim may hold. */
    @WithDefault("20")
    int maxFiles();
}
