package com.kospet.warranty.claims.security;

import com.kospet.warranty.testinfra.TestTokens;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A token once verified is answered from memory, but only that exact token: a copy with a changed signature or a
 * changed payload is refused with 401 even while the genuine one is kept.
 */
@QuarkusTest
class VerifiedTokenApiTest {

    @Inject
    JWTParser parser;

    @Test
    void aTamperedCopyOfAVerifiedTokenIsRefused() {
        assertThat(ClientProxy.unwrap(parser)).as("the parser the service verifies with").isInstanceOf(VerifiedTokens.class);
        VerifiedTokens tokens = (VerifiedTokens) ClientProxy.unwrap(parser);
        long before = tokens.size();
        String genuine = TestTokens.staff("agent-" + System.nanoTime());
        given().auth().oauth2(genuine).get("/api/claims?limit=1").then().statusCode(200);
        assertThat(tokens.size()).as("the verified token is kept").isGreaterThan(before);
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(genuine).get("/api/claims?limit=1").then().statusCode(200);
        }

        String[] parts = genuine.split("\\.");
        String otherSignature = parts[0] + "." + parts[1] + "." + flipFirst(parts[2]);
        given().auth().oauth2(otherSignature).get("/api/claims?limit=1").then().statusCode(401);

        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String asCustomer = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.replace("\"staff\"", "\"service\"").getBytes(StandardCharsets.UTF_8));
        given().auth().oauth2(parts[0] + "." + asCustomer + "." + parts[2]).get("/api/orders/KP-1").then().statusCode(401);

        given().auth().oauth2(genuine).get("/api/claims?limit=1").then().statusCode(200);
    }

    private static String flipFirst(String base64Url) {
        char first = base64Url.charAt(0);
        return (first == 'A' ? 'B' : 'A') + base64Url.substring(1);
    }
}
