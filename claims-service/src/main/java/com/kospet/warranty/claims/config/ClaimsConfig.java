package com.kospet.warranty.claims.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.ZoneId;

/** The claims service's own settings ({@code claims.*} in application.properties). */
@ConfigMapping(prefix = "claims")
public interface ClaimsConfig {

    /** WF-6: how long staff have to confirm a submitted claim. */
    @WithDefault("24h")
    Duration confirmWithin();

    /** The store's time zone: "today" for a request date is today there. */
    @WithDefault("UTC")
    ZoneId zone();

    Outbox outbox();

    interface Outbox {
        /** How often the relay looks for unpublished events. */
        @WithDefault("500ms")
        Duration pollInterval();

        /** At most this many events per relay pass. */
        @WithDefault("100")
        int batchSize();

        /** How long one publish may take before the pass gives up and retries later. */
        @WithDefault("10s")
        Duration sendTimeout();

        /** Back-off after a failed pass; doubled per consecutive failure up to {@link #maxBackoff()}. */
        @WithDefault("1s")
        Duration initialBackoff();

        @WithDefault("30s")
        Duration maxBackoff();
    }
}
