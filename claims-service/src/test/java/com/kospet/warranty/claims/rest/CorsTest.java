package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static com.kospet.warranty.testinfra.BrowserOrigins.answerToTheStorefrontAllowsItsOrigin;
import static com.kospet.warranty.testinfra.BrowserOrigins.preflightFromAnotherOriginIsRefused;
import static com.kospet.warranty.testinfra.BrowserOrigins.preflightFromTheStorefrontIsAllowed;

/** The storefront opens and reads claims from the browser, on its own origin; pages on other origins may not. */
@QuarkusTest
class CorsTest {

    @Test
    void theStorefrontsOriginMayOpenAndReadClaimsFromTheBrowser() {
        preflightFromTheStorefrontIsAllowed("/api/claims", "POST");
        preflightFromTheStorefrontIsAllowed("/api/claims/0b6c1f2e-0000-4000-8000-000000000000", "PATCH");
        Fixtures.Customer customer = Fixtures.newCustomer();
        String order = Fixtures.storedOrder(customer, 10);
        answerToTheStorefrontAllowsItsOrigin(customer.asCustomer().body(Fixtures.claim(order, "DEFECT_RETURN", "QUALITY_PROBLEM")),
                "POST", "/api/claims");
    }

    @Test
    void anotherOriginIsNotAllowed() {
        preflightFromAnotherOriginIsRefused("/api/claims", "POST");
    }
}
