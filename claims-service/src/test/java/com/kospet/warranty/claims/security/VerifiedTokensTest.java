package com.kospet.warranty.claims.security;

import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A token is verified in full once and found again only while it has not expired; a token that fails verification,
 * or one that differs in any character, is always verified in full.
 */
class VerifiedTokensTest {

    private static final long NOW = 1_800_000_000_000L;

    private final AtomicLong clock = new AtomicLong(NOW);
    private final CountingVerifier verifier = new CountingVerifier();

    private VerifiedTokens holding(long maxChars) {
        return new VerifiedTokens(verifier, maxChars, clock::get);
    }

    @Test
    void theSameTokenIsVerifiedOnceWhileItIsValid() throws ParseException {
        VerifiedTokens tokens = holding(1_000_000);
        verifier.valid("token-a", NOW + 3_600_000);

        JsonWebToken first = tokens.parse("token-a");
        JsonWebToken second = tokens.parse("token-a");

        assertThat(second).isSameAs(first);
        assertThat(verifier.calls("token-a")).isEqualTo(1);
    }

    @Test
    void aTokenPastItsExpiryIsVerifiedAgainAndNotKept() throws ParseException {
        VerifiedTokens tokens = holding(1_000_000);
        verifier.valid("token-a", NOW + 60_000);
        tokens.parse("token-a");

        clock.set(NOW + 59_999);
        tokens.parse("token-a");
        assertThat(verifier.calls("token-a")).as("one millisecond before exp, still the kept answer").isEqualTo(1);

        clock.set(NOW + 60_000);
        verifier.invalid("token-a");
        assertThatThrownBy(() -> tokens.parse("token-a")).as("at exp the verifier decides again").isInstanceOf(ParseException.class);
        assertThat(verifier.calls("token-a")).isEqualTo(2);
        assertThat(tokens.size()).isZero();
    }

    @Test
    void aTokenThatFailsIsNeverKept() {
        VerifiedTokens tokens = holding(1_000_000);
        verifier.invalid("forged");

        assertThatThrownBy(() -> tokens.parse("forged")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> tokens.parse("forged")).isInstanceOf(ParseException.class);

        assertThat(verifier.calls("forged")).isEqualTo(2);
        assertThat(tokens.size()).isZero();
    }

    @Test
    void aTokenDifferingInOneCharacterIsVerifiedOnItsOwn() throws ParseException {
        VerifiedTokens tokens = holding(1_000_000);
        verifier.valid("header.payload.signature", NOW + 3_600_000);
        verifier.invalid("header.payload.signaturf");
        tokens.parse("header.payload.signature");

        assertThatThrownBy(() -> tokens.parse("header.payload.signaturf")).isInstanceOf(ParseException.class);
        assertThat(verifier.calls("header.payload.signaturf")).isEqualTo(1);
    }

    @Test
    void aTokenWithoutExpiryOrAlreadyExpiredIsNotKept() throws ParseException {
        VerifiedTokens tokens = holding(1_000_000);
        verifier.valid("no-exp", 0);
        verifier.valid("expired-within-skew", NOW - 10_000);

        tokens.parse("no-exp");
        tokens.parse("no-exp");
        tokens.parse("expired-within-skew");
        tokens.parse("expired-within-skew");

        assertThat(verifier.calls("no-exp")).isEqualTo(2);
        assertThat(verifier.calls("expired-within-skew")).isEqualTo(2);
        assertThat(tokens.size()).isZero();
    }

    @Test
    void theCacheHoldsNoMoreCharactersThanItsBound() throws ParseException {
        VerifiedTokens tokens = holding(1_000);
        for (int i = 0; i < 100; i++) {
            String token = "t".repeat(90) + String.format("%010d", i);
            verifier.valid(token, NOW + 3_600_000);
            tokens.parse(token);
        }
        assertThat(tokens.size()).as("at most 1000 characters of 100-character tokens").isLessThanOrEqualTo(10);
    }

    @Test
    void aBoundOfZeroVerifiesEveryRequest() throws ParseException {
        VerifiedTokens tokens = holding(0);
        verifier.valid("token-a", NOW + 3_600_000);

        tokens.parse("token-a");
        tokens.parse("token-a");

        assertThat(verifier.calls("token-a")).isEqualTo(2);
    }

    /** Verifies tokens it was told about; counts the calls per token. */
    private static final class CountingVerifier implements VerifiedTokens.Verifier {

        private final Map<String, Long> expiries = new HashMap<>();
        private final Map<String, Integer> calls = new HashMap<>();

        void valid(String token, long expiresAtMillis) {
            expiries.put(token, expiresAtMillis);
        }

        void invalid(String token) {
            expiries.remove(token);
        }

        int calls(String token) {
            return calls.getOrDefault(token, 0);
        }

        @Override
        public JsonWebToken verify(String token) throws ParseException {
            calls.merge(token, 1, Integer::sum);
            Long expiry = expiries.get(token);
            if (expiry == null) {
                throw new ParseException("invalid token");
            }
            return new Parsed(token, TimeUnit.MILLISECONDS.toSeconds(expiry));
        }
    }

    private record Parsed(String raw, long exp) implements JsonWebToken {

        @Override
        public String getName() {
            return "subject";
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("raw_token", "exp");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String name) {
            return switch (name) {
                case "raw_token" -> (T) raw;
                case "exp" -> exp == 0 ? null : (T) Long.valueOf(exp);
                default -> null;
            };
        }
    }
}
