package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.Fixtures;
import com.kospet.warranty.claims.Fixtures.OpenClaim;
import com.kospet.warranty.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static com.kospet.warranty.testinfra.OpenApiContract.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The staff tool may take an action that needs no figures without sending a body or a Content-Type. */
@QuarkusTest
class BodilessActionTest {

    @Test
    void anActionWithoutABodyIsTakenWhateverContentTypeTheClientDefaultsTo() throws Exception {
        OpenClaim claim = Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");

        // REST Assured, like many HTTP clients, labels an empty POST as a form.
        given().auth().oauth2(TestTokens.staff("agent-1"))
                .post("/api/claims/{id}/confirm", claim.id())
                .then().statusCode(200).body("status", equalTo("AWAITING_RETURN"));

        // curl -X POST sends neither a body nor a Content-Type.
        HttpResponse<String> cancelled = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/claims/" + claim.id() + "/cancel"))
                .header("Authorization", "Bearer " + TestTokens.customer(claim.customer().id(), claim.customer().email()))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat(cancelled.body()).contains("\"status\":\"CANCELLED\"");
    }

    @Test
    void aBodyOfAnotherTypeIsStillRefused() {
        OpenClaim claim = Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");

        given().auth().oauth2(TestTokens.staff("agent-1")).contentType("text/plain").body("confirm it")
                .post("/api/claims/{id}/confirm", claim.id())
                .then().statusCode(415).contentType("application/problem+json");
        Fixtures.asStaff().get("/api/claims/{id}", claim.id()).then().body("status", equalTo("AWAITING_CONFIRMATION"));
    }
}
