package com.kospet.warranty.testinfra;

import com.kospet.warranty.stack.JwtKeys;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Tokens for tests, signed with the test key pair under {@code test-jwt/}. {@link JwtResource}
 * makes the service under test trust exactly that key.
 */
public final class TestTokens {

    private static final JwtKeys KEYS = load();

    private TestTokens() {
    }

    public static String customer(String id, String email) {
        return KEYS.token(id, "customer", Optional.of(email), Duration.ofHours(1));
    }

    public static String staff(String id) {
        return KEYS.token(id, "staff", Optional.empty(), Duration.ofHours(1));
    }

    public static String service(String id) {
        return KEYS.token(id, "service", Optional.empty(), Duration.ofHours(1));
    }

    /** The PEM file of the public key, for a service started as a process. */
    public static Path publicKeyPem() {
        return KEYS.publicKeyPem();
    }

    /** The private key's PEM text, to share these keys with a stack started by a system test. */
    public static String privateKeyPem() {
        return resource("test-jwt/privateKey.pem");
    }

    static Map<String, String> verificationConfig() {
        return Map.of("mp.jwt.verify.publickey.location", KEYS.publicKeyPem().toAbsolutePath().toString(),
                "mp.jwt.verify.issuer", JwtKeys.ISSUER);
    }

    private static JwtKeys load() {
        try {
            Path publicPem = Files.createTempFile("warranty-test-jwt", ".pem");
            Files.writeString(publicPem, resource("test-jwt/publicKey.pem"));
            publicPem.toFile().deleteOnExit();
            return JwtKeys.of(resource("test-jwt/privateKey.pem"), publicPem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the test key pair is unreadable", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = TestTokens.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
