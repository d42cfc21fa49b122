package com.kospet.warranty.claims.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * The per-customer limits of the endpoints a customer can use to make the store work ({@code rate-limit.*}): a
 * token bucket per customer holding {@link Limit#burst()} tokens, refilled with {@link Limit#requests()} every
 * {@link Limit#period()}. Generous for a person, tight for a script.
 */
@ConfigMapping(prefix = "rate-limit")
public interface RateLimitConfig {

    /** Whether the limits apply at all. */
    @WithDefault("true")
    boolean enabled();

    /** Claims one customer may open ({@code POST /api/claims}). */
    Limit submissions();

    /** Evidence uploads one customer may send ({@code POST /api/claims/{id}/evidence}). */
    Limit uploads();

    /** The most customers whose buckets are held; beyond it the least recently seen are forgotten. */
    @WithDefault("100000")
    long maxClients();

    /** A customer silent this long is forgotten (their bucket would be full again anyway). */
    @WithDefault("PT10M")
    Duration idleExpiry();

    interface Limit {

        /** Requests per {@link #period()}, sustained. */
        long requests();

        /** The period {@link #requests()} are counted over. */
        Duration period();

        /** Requests at once after a quiet spell. */
        long burst();
    }
}
