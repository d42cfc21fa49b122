package com.kospet.warranty.policy.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * The per-client limit of {@code POST /api/policy/evaluate} ({@code rate-limit.*}): a token bucket per client
 * address holding {@link #burst()} tokens, refilled with {@link #requests()} tokens every {@link #period()}.
 */
@ConfigMapping(prefix = "rate-limit")
public interface RateLimitConfig {

    /** Whether the limit applies at all. */
    @WithDefault("true")
    boolean enabled();

    /** Questions a client may ask per {@link #period()}, sustained. */
    @WithDefault("200")
    long requests();

    /** The period {@link #requests()} are counted over. */
    @WithDefault("PT1S")
    Duration period();

    /** Questions a client may ask at once after a quiet spell. */
    @WithDefault("400")
    long burst();

    /** The most client addresses whose buckets are held; beyond it the least recently seen are forgotten. */
    @WithDefault("100000")
    long maxClients();

    /**
     * Addresses never limited: the services that ask on many customers' behalf, such as claims-service, whose
     * questions are limited where the customers reach it. Exact addresses as the connection shows them.
     */
    java.util.Optional<java.util.Set<String>> exempt();

    /** A client silent this long is forgotten (its bucket would be full again anyway). */
    @WithDefault("PT10M")
    Duration idleExpiry();
}
