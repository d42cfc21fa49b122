package com.kospet.warranty.policy.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * What this service reads of a request before it refuses it with Problem Details ({@code http-limits.*}).
 * The HTTP layer's own limits ({@code quarkus.http.limits.max-initial-line-length} and {@code max-header-size})
 * sit above these, so a request between the two is answered as Problem Details and not with Vert.x's bare status.
 */
@ConfigMapping(prefix = "http-limits")
public interface HttpLimitsConfig {

    /** The longest request target (path and query) answered; a longer one is 414. */
    @WithDefault("4096")
    int maxUriLength();

    /** The most header bytes (names, values and their separators) answered; more is 431. */
    @WithDefault("16K")
    MemorySize maxHeaderSize();
}
