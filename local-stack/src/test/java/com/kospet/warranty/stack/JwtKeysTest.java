package com.kospet.warranty.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class JwtKeysTest {

    @Test
    void aNewPairIsMadeOnceAndSignsTokensWithRoleSubjectAndEmail(@TempDir Path dir) throws Exception {
        JwtKeys keys = JwtKeys.inDirectory(dir);
        String publicPem = Files.readString(dir.resolve("publicKey.pem"));

        String token = keys.token("c-1", "customer", Optional.of("ada@example.com"), Duration.ofHours(1));

        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(3);
        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(header).contains("\"alg\":\"RS256\"");
        assertThat(claims).contains("\"sub\":\"c-1\"", "\"groups\":[\"customer\"]", "\"email\":\"ada@example.com\"",
                "\"iss\":\"" + JwtKeys.ISSUER + "\"");
        // A second start keeps the pair, so tokens minted earlier stay valid.
        JwtKeys.inDirectory(dir);
        assertThat(Files.readString(dir.resolve("publicKey.pem"))).isEqualTo(publicPem);
    }
}
