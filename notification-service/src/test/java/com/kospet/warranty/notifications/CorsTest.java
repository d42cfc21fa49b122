package com.kospet.warranty.notifications;

import com.kospet.warranty.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import static com.kospet.warranty.testinfra.BrowserOrigins.answerToTheStorefrontAllowsItsOrigin;
import static com.kospet.warranty.testinfra.BrowserOrigins.preflightFromAnotherOriginIsRefused;
import static com.kospet.warranty.testinfra.BrowserOrigins.preflightFromTheStorefrontIsAllowed;

/** The staff desk and the storefront read the sent log from the browser on their own origin; others may not. */
@QuarkusTest
class CorsTest {

    @Test
    void theStorefrontsOriginMayReadFromTheBrowser() {
        preflightFromTheStorefrontIsAllowed("/api/notifications", "GET");
        answerToTheStorefrontAllowsItsOrigin(RestAssured.given().auth().oauth2(TestTokens.staff("agent-1")),
                "GET", "/api/notifications");
    }

    @Test
    void anotherOriginIsNotAllowed() {
        preflightFromAnotherOriginIsRefused("/api/notifications", "GET");
    }
}
