package com.kospet.warranty.claims.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What this service reads of a request ({@code claims.http.*}); evidence uploads are bounded by quarkus.http.limits.max-body-size. */
@ConfigMapping(prefix = "claims.http")
public interface HttpLimitsConfig {

    /** The largest JSON body: it is read whole into memory. */
    @WithDefault("64K")
    MemorySize maxJsonBodySize();
}
