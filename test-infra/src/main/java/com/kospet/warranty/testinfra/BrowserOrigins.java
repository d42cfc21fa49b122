package com.kospet.warranty.testinfra;

import io.restassured.RestAssured;

import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * What a browser asks before a storefront page on another origin may call an API (CORS), and what it must be
 * told. The test profile of every service allows {@link #STOREFRONT} only.
 */
public final class BrowserOrigins {

    /** The origin every service's test profile allows. */
    public static final String STOREFRONT = "https://storefront.example";

    private BrowserOrigins() {
    }

    /** A preflight from the storefront for {@code method} on {@code path}, with a token and a JSON body: allowed. */
    public static void preflightFromTheStorefrontIsAllowed(String path, String method) {
        RestAssured.given()
                .header("Origin", STOREFRONT)
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
                .when().options(path)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(STOREFRONT))
                .header("Access-Control-Allow-Methods", containsStringIgnoringCase(method))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("authorization"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("idempotency-key"));
    }

    /** The storefront's actual request is answered with its origin allowed and the headers it may read exposed. */
    public static void answerToTheStorefrontAllowsItsOrigin(io.restassured.specification.RequestSpecification request,
                                                            String method, String path) {
        request.header("Origin", STOREFRONT)
                .when().request(method, path)
                .then()
                .header("Access-Control-Allow-Origin", equalTo(STOREFRONT))
                .header("Access-Control-Expose-Headers", containsStringIgnoringCase("location"));
    }

    /** A page on any other origin gets no permission: the browser then refuses to hand it the answer. */
    public static void preflightFromAnotherOriginIsRefused(String path, String method) {
        RestAssured.given()
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", method)
                .when().options(path)
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
