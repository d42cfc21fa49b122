package com.kospet.warranty.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import java.time.Duration;
import java.util.Optional;

/**
 * One token bucket per client: {@code burst} tokens, refilled with {@code requests} tokens every {@code period}.
 * The buckets are held in a cache bounded in size and forgetting idle clients, so a flood of addresses cannot
 * grow it without bound; a forgotten client starts again with a full bucket, which it would have had anyway.
 */
public final class ClientRateLimiter {

    private final Cache<String, Bucket> buckets;
    private final long requests;
    private final Duration period;
    private final long burst;

    public ClientRateLimiter(long requests, Duration period, long burst, long maxClients, Duration idleExpiry) {
        this.requests = requests;
        this.period = period;
        this.burst = burst;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxClients)
                .expireAfterAccess(idleExpiry)
                // Eviction work on the caller's thread, not a pool's: it is small, and bounded by each call.
                .executor(Runnable::run)
                .build();
    }

    /** Empty when the client may go ahead (the request is counted); otherwise how long until it may. */
    public Optional<Duration> waitBefore(String client) {
        ConsumptionProbe probe = buckets.get(client, any -> newBucket()).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    public long clientsHeld() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(limit -> limit.capacity(burst).refillGreedy(requests, period)).build();
    }
}
