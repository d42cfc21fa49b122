package com.kospet.warranty.claims.health;

import com.kospet.warranty.claims.Fixtures;
import com.kospet.warranty.testinfra.RestartablePostgresResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.kospet.warranty.claims.Fixtures.asService;
import static com.kospet.warranty.claims.Fixtures.asStaff;
import static com.kospet.warranty.testinfra.OpenApiContract.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;

/**
 * A real PostgreSQL outage: the server is stopped while clients keep calling, then started again. Clients get a
 * 503 they may retry, an orchestrator sees the instance alive but not ready, and the service recovers by itself.
 */
@QuarkusTest
@TestProfile(DatabaseOutageProfile.class)
class DatabaseOutageTest {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String databaseUrl;

    @AfterEach
    void databaseIsBack() {
        RestartablePostgresResource.startDatabase();
        RestartablePostgresResource.thawDatabase();
    }

    @Test
    void whileTheDatabaseIsDownClientsGet503ToRetryTheInstanceStaysAliveButNotReadyAndItRecoversByItself() {
        assertThat(databaseUrl).isEqualTo(RestartablePostgresResource.jdbcUrl());
        Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);

        RestartablePostgresResource.stopDatabase();

        unavailable(asStaff().get("/api/claims").then());
        String order = Fixtures.newOrderNumber();
        unavailable(asService().body(Fixtures.deliveredOrder(Fixtures.newCustomer(), order, 10))
                .put("/api/orders/{n}", order).then());
        // Liveness depends on nothing outside the process: restarting the instance would not bring the database back.
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));

        RestartablePostgresResource.startDatabase();

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> asStaff().get("/api/claims").statusCode() == 200);
        given().get("/q/health/ready").then().statusCode(200);
        Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");
    }

    @Test
    void whileTheDatabaseIsFrozenClientsGet503WithinTheSocketTimeoutNotAHungRequestAndItRecoversByItself() {
        Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");

        RestartablePostgresResource.freezeDatabase();

        // Connections stay open but nothing answers: a statement fails after the JDBC socket timeout (the profile's
        // few seconds), and once the pool's connections are spent, a request fails after the acquisition timeout.
        for (int i = 0; i < 3; i++) {
            unavailable(asStaff().get("/api/claims").then());
        }
        String order = Fixtures.newOrderNumber();
        unavailable(asService().body(Fixtures.deliveredOrder(Fixtures.newCustomer(), order, 10))
                .put("/api/orders/{n}", order).then());
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP")).time(lessThan(2_000L));
        given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));

        RestartablePostgresResource.thawDatabase();

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> asStaff().get("/api/claims").statusCode() == 200);
        given().get("/q/health/ready").then().statusCode(200);
        Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");
        // The order whose write timed out may or may not have been stored: the order feed's retry is an upsert.
        asService().body(Fixtures.deliveredOrder(Fixtures.newCustomer(), order, 10))
                .put("/api/orders/{n}", order).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    private static void unavailable(ValidatableResponse response) {
        response.statusCode(503).contentType("application/problem+json")
                .body("status", equalTo(503))
                .header("Retry-After", notNullValue())
                .time(lessThan(15_000L));
    }
}
