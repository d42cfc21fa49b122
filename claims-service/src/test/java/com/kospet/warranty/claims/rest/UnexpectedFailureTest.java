package com.kospet.warranty.claims.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/** A failure nobody foresaw is a 500 Problem Details carrying an error id, and that id is in the log at ERROR. */
@QuarkusTest
class UnexpectedFailureTest {

    private final List<LogRecord> errors = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureErrors() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void anUnexpectedExceptionIsA500ProblemWhoseErrorIdIsLogged() {
        // A resource of the tests only, which the API document rightly does not describe.
        String errorId = given().get("/test-only/failure").then()
                .statusCode(500).contentType("application/problem+json")
                .body("status", equalTo(500))
                .body(not(containsString(FailingResource.SECRET)))
                .body(not(containsString("IllegalStateException")))
                .extract().path("errorId");

        assertThat(errorId).isNotBlank();
        assertThat(errors).anySatisfy(record -> {
            assertThat(record.getMessage() + " " + java.util.Arrays.toString(record.getParameters())).contains(errorId);
            assertThat(record.getThrown()).hasMessage(FailingResource.SECRET);
        });
    }
}
