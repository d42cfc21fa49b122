package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.config.RateLimitConfig;
import com.kospet.warranty.claims.domain.Caller;
import com.kospet.warranty.http.ClientRateLimiter;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Optional;

/**
 * The per-customer limits ({@code rate-limit.*}) of opening claims and uploading evidence: what one customer's
 * token can make the store do, so that a script holding one cannot flood the policy, the database or the disk for
 * everyone else. Counted per caller (role and subject), after the token was verified.
 */
@ApplicationScoped
public class CustomerRateLimits {

    private final RateLimitConfig config;
    private final ClientRateLimiter submissions;
    private final ClientRateLimiter uploads;

    public CustomerRateLimits(RateLimitConfig config) {
        this.config = config;
        this.submissions = limiter(config.submissions());
        this.uploads = limiter(config.uploads());
    }

    /** @throws TooManyRequestsException when {@code caller} opened as many claims as the limit allows */
    public void submission(Caller caller) {
        check(submissions, caller, "claims opened", config.submissions());
    }

    /** @throws TooManyRequestsException when {@code caller} sent as many uploads as the limit allows */
    public void upload(Caller caller) {
        check(uploads, caller, "evidence uploads", config.uploads());
    }

    private void check(ClientRateLimiter limiter, Caller caller, String what, RateLimitConfig.Limit limit) {
        if (!config.enabled()) {
            return;
        }
        Optional<Duration> wait = limiter.waitBefore(caller.role().label() + ":" + caller.id());
        if (wait.isPresent()) {
            throw new TooManyRequestsException(wait.get(), "more " + what + " than " + limit.requests() + " per "
                    + limit.period() + " (at most " + limit.burst() + " at once)");
        }
    }

    private ClientRateLimiter limiter(RateLimitConfig.Limit limit) {
        return new ClientRateLimiter(limit.requests(), limit.period(), limit.burst(), config.maxClients(), config.idleExpiry());
    }

    /** Refused by a rate limit: the client may ask again after {@link #retryAfter()}. */
    public static final class TooManyRequestsException extends RuntimeException {

        private final Duration retryAfter;

        TooManyRequestsException(Duration retryAfter, String message) {
            super(message, null, false, false);
            this.retryAfter = retryAfter;
        }

        /** Whole seconds, at least one, as {@code Retry-After} states them. */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }
}
