package com.kospet.warranty.policy.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static com.kospet.warranty.testinfra.BrowserOrigins.answerToTheStorefrontAllowsItsOrigin;
import static com.kospet.warranty.testinfra.BrowserOrigins.preflightFromAnotherOriginIsRefused;
import static com.kospet.warranty.testinfra.BrowserOrigins.preflightFromTheStorefrontIsAllowed;

/** A storefront page on its own origin asks the policy from the browser; pages on other origins may not. */
@QuarkusTest
class CorsTest {

    @Test
    void theStorefrontsOriginMayAskFromTheBrowser() {
        preflightFromTheStorefrontIsAllowed("/api/policy/evaluate", "POST");
        answerToTheStorefrontAllowsItsOrigin(RestAssured.given().contentType(ContentType.JSON).body(Examples.QUESTION),
                "POST", "/api/policy/evaluate");
    }

    @Test
    void anotherOriginIsNotAllowed() {
        preflightFromAnotherOriginIsRefused("/api/policy/evaluate", "POST");
    }
}
