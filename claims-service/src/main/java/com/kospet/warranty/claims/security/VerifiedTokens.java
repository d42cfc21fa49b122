package com.kospet.warranty.claims.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.kospet.warranty.claims.config.ClaimsConfig;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Checks each bearer token's signature and claims once, then remembers the verified token until it expires: a
 * storefront or an agent sends the same token with every request, and checking an RS256 signature again on each
 * was a third of the CPU of reading a claim. Only the exact token string that passed the full check is found here,
 * and only before its {@code exp}; anything else (a new, changed, expired or invalid token) goes to the full check,
 * and a token that fails it is never kept. The cache is bounded by the characters of the tokens it holds
 * ({@code claims.jwt.verified-cache-chars}; 0 turns it off).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens extends DefaultJWTParser {

    /** The full check of one token: signature, issuer, expiry. */
    @FunctionalInterface
    interface Verifier {
        JsonWebToken verify(String token) throws ParseException;
    }

    private final Verifier verifier;
    private final Cache<String, JsonWebToken> verified;
    private final LongSupplier epochMillis;

    /** Verifies as smallrye-jwt's parser does, with the key and issuer it is configured with. */
    @Inject
    public VerifiedTokens(ClaimsConfig config) {
        this.verifier = token -> VerifiedTokens.super.parse(token);
        this.epochMillis = System::currentTimeMillis;
        this.verified = cache(config.jwt().verifiedCacheChars(), epochMillis);
    }

    /** {@code epochMillis} is the wall clock the verifier checks {@code exp} against, so a test can move it. */
    VerifiedTokens(Verifier verifier, long maxChars, LongSupplier epochMillis) {
        this.verifier = verifier;
        this.epochMillis = epochMillis;
        this.verified = cache(maxChars, epochMillis);
    }

    private static Cache<String, JsonWebToken> cache(long maxChars, LongSupplier epochMillis) {
        return maxChars <= 0 ? null : Caffeine.newBuilder()
                .maximumWeight(maxChars)
                .weigher((String token, JsonWebToken parsed) -> token.length())
                .expireAfter(new UntilExpiry(epochMillis))
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(epochMillis.getAsLong()))
                // Evictions happen on the thread that adds, so the bound holds at once.
                .executor(Runnable::run)
                .build();
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        if (verified == null) {
            return verifier.verify(token);
        }
        JsonWebToken known = verified.getIfPresent(token);
        if (known != null) {
            if (stillValid(known)) {
                return known;
            }
            verified.invalidate(token);
        }
        JsonWebToken checked = verifier.verify(token);
        if (stillValid(checked)) {
            verified.put(token, checked);
        }
        return checked;
    }

    /**
     * Whether {@code token} has an {@code exp} that has not come yet; checked on every hit, whatever the cache's own
     * timing. A token without one is never kept.
     */
    private boolean stillValid(JsonWebToken token) {
        return epochMillis.getAsLong() < expiresAtMillis(token);
    }

    private static long expiresAtMillis(JsonWebToken token) {
        Object exp = token.getClaim(Claims.exp.name());
        return exp instanceof Number seconds ? TimeUnit.SECONDS.toMillis(seconds.longValue()) : Long.MIN_VALUE;
    }

    /** The number of tokens held now (for tests). */
    long size() {
        if (verified == null) {
            return 0;
        }
        verified.cleanUp();
        return verified.estimatedSize();
    }

    /** Each entry lives until its token's {@code exp}. */
    private record UntilExpiry(LongSupplier epochMillis) implements Expiry<String, JsonWebToken> {

        @Override
        public long expireAfterCreate(String token, JsonWebToken parsed, long currentTime) {
            long left = expiresAtMillis(parsed) - epochMillis.getAsLong();
            return Duration.ofMillis(Math.max(0, left)).toNanos();
        }

        @Override
        public long expireAfterUpdate(String token, JsonWebToken parsed, long currentTime, long currentDuration) {
            return expireAfterCreate(token, parsed, currentTime);
        }

        @Override
        public long expireAfterRead(String token, JsonWebToken parsed, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
