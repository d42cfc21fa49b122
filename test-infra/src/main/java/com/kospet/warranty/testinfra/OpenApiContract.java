package com.kospet.warranty.testinfra;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holds the answers a test gets to the service's own OpenAPI document ({@link OpenApiAnswers}): a path, method or
 * status the document does not list, or a body that does not match its schema, fails the test. Requests are not
 * checked, as tests send broken ones on purpose. The document is read from the running service the first time it is
 * needed.
 * <p>
 * Quarkus' own endpoints under {@value #FRAMEWORK_ROOT} (health, metrics, the document itself) are not part of the
 * API the document describes, and their answers are not held to it. A test that leaves the document on purpose
 * elsewhere (an unknown path, a method the path does not take) asks through {@link RestAssured#given()}.
 */
public final class OpenApiContract {

    static final String FRAMEWORK_ROOT = "/q/";

    private static volatile Filter filter;
    private static volatile int port;
    private static final Map<String, Filter> BY_BASE_URI = new ConcurrentHashMap<>();

    private OpenApiContract() {
    }

    /** The REST Assured filter for the service under test. */
    public static synchronized Filter filter() {
        if (filter == null || port != RestAssured.port) {
            filter = answersHeldTo(OpenApiAnswers.of(document()));
            port = RestAssured.port;
        }
        return filter;
    }

    /**
     * A request whose answer is held to the service's OpenAPI document: what API tests use in place of
     * {@link RestAssured#given()}.
     */
    public static RequestSpecification given() {
        return RestAssured.given().filter(filter());
    }

    /**
     * The same for a service running at {@code baseUri} (a packaged service a system test started): answers are held
     * to the document that service itself serves.
     */
    public static RequestSpecification given(String baseUri) {
        Filter contract = BY_BASE_URI.computeIfAbsent(baseUri, uri -> answersHeldTo(OpenApiAnswers.of(
                RestAssured.given().baseUri(uri).queryParam("format", "json").get("/q/openapi")
                        .then().statusCode(200).extract().asString())));
        return RestAssured.given().baseUri(baseUri).filter(contract);
    }

    /** The OpenAPI document of the service under test, as JSON. */
    public static String document() {
        return RestAssured.given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
    }

    private static Filter answersHeldTo(OpenApiAnswers answers) {
        return (request, response, context) -> {
            Response answer = context.next(request, response);
            String path = URI.create(request.getURI()).getRawPath();
            if (!path.startsWith(FRAMEWORK_ROOT)) {
                answers.check(request.getMethod(), path, answer.statusCode(),
                        answer.contentType().isEmpty() ? null : answer.contentType(), answer.asByteArray());
            }
            return answer;
        };
    }
}
