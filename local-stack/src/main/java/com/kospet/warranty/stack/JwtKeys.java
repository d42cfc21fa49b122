package com.kospet.warranty.stack;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * An RS256 key pair in PEM files and the tokens it signs. The services only ever see the public
 * key; the private key mints tokens for tests and for trying the local stack by hand.
 */
public final class JwtKeys {

    public static final String ISSUER = "https://warranty.kospet.local";

    private final Path publicKeyPem;
    private final PrivateKey privateKey;

    private JwtKeys(Path publicKeyPem, PrivateKey privateKey) {
        this.publicKeyPem = publicKeyPem;
        this.privateKey = privateKey;
    }

    /** Reads {@code privateKey.pem} and {@code publicKey.pem} from {@code dir}, making a new pair first if there is none. */
    public static JwtKeys inDirectory(Path dir) throws IOException, GeneralSecurityException {
        Path privatePem = dir.resolve("privateKey.pem");
        Path publicPem = dir.resolve("publicKey.pem");
        if (!Files.exists(privatePem) || !Files.exists(publicPem)) {
            Files.createDirectories(dir);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.writeString(privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(publicPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        }
        return new JwtKeys(publicPem, readPrivateKey(Files.readString(privatePem)));
    }

    /** Uses an existing private key (PKCS#8 PEM text) and the public key file that goes with it. */
    public static JwtKeys of(String privateKeyPem, Path publicKeyPem) throws GeneralSecurityException {
        return new JwtKeys(publicKeyPem, readPrivateKey(privateKeyPem));
    }

    public Path publicKeyPem() {
        return publicKeyPem;
    }

    /** A signed token for {@code subject} with one role, valid for {@code lifetime}. */
    public String token(String subject, String role, Optional<String> email, Duration lifetime) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(role))
                .expiresIn(lifetime);
        email.ifPresent(address -> claims.claim("email", address));
        return claims.jws().keyId("warranty").sign(privateKey);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static PrivateKey readPrivateKey(String pem) throws GeneralSecurityException {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
