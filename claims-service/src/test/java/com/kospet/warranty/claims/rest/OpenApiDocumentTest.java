package com.kospet.warranty.claims.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static com.kospet.warranty.testinfra.OpenApiContract.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document is what integrators build against: every endpoint of ARCHITECTURE.md is in it,
 * every one declares its error answers as Problem Details, and every JSON body in and out has an example.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final List<String> ACTIONS = List.of("confirm", "reject", "return-shipment", "receipt", "inspection",
            "payment", "refund", "replacement-shipment", "cancel", "close");

    @Test
    void everyEndpointIsDocumentedWithItsErrorsAndExamples() throws Exception {
        JsonNode document = new ObjectMapper().readTree(
                given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
        JsonNode paths = document.get("paths");

        List<String> expected = new ArrayList<>(List.of("put /api/orders/{orderNumber}", "get /api/orders/{orderNumber}",
                "post /api/claims", "get /api/claims", "get /api/claims/{id}", "patch /api/claims/{id}",
                "get /api/claims/{id}/history"));
        ACTIONS.forEach(action -> expected.add("post /api/claims/{id}/" + action));
        List<String> documented = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields()
                .forEachRemaining(operation -> documented.add(operation.getKey() + " " + path.getKey())));
        assertThat(documented).containsAll(expected);

        for (String endpoint : documented.stream().filter(endpoint -> endpoint.contains(" /api/")).toList()) {
            String[] parts = endpoint.split(" ", 2);
            JsonNode operation = paths.get(parts[1]).get(parts[0]);
            JsonNode responses = operation.get("responses");
            List<String> codes = new ArrayList<>();
            responses.fieldNames().forEachRemaining(codes::add);
            assertThat(codes).as(endpoint + " declares its errors").anyMatch(code -> code.startsWith("4"));
            for (String code : codes) {
                JsonNode content = responses.get(code).path("content");
                if (code.startsWith("4") || code.startsWith("5")) {
                    assertThat(content.has("application/problem+json")).as(endpoint + " " + code + " is a Problem Details").isTrue();
                } else if (content.has("application/json")) {
                    assertThat(hasExample(document, content.get("application/json")))
                            .as(endpoint + " " + code + " has an example").isTrue();
                }
            }
            JsonNode body = operation.path("requestBody").path("content").path("application/json");
            if (!body.isMissingNode()) {
                assertThat(hasExample(document, body)).as(endpoint + " request body has an example").isTrue();
            }
        }
    }

    @Test
    void examplesAreJsonObjectsNotStrings() throws Exception {
        JsonNode document = new ObjectMapper().readTree(
                given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
        JsonNode claimRequest = document.at("/components/schemas/ClaimRequest/examples/0");
        assertThat(claimRequest.isObject()).isTrue();
        assertThat(claimRequest.get("requestType").asText()).isEqualTo("DEFECT_REPLACEMENT");
        JsonNode notEligible = document.at("/paths/~1api~1claims/post/responses/422/content/application~1problem+json/examples");
        Iterator<Map.Entry<String, JsonNode>> examples = notEligible.fields();
        assertThat(examples.hasNext()).isTrue();
        assertThat(examples.next().getValue().at("/value/type").asText()).endsWith("/problems/not-eligible");
    }

    /** An example on the media type itself, or on the schema it names (directly, or as the items of an array). */
    private static boolean hasExample(JsonNode document, JsonNode mediaType) {
        if (mediaType.has("example") || mediaType.has("examples")) {
            return true;
        }
        JsonNode schema = mediaType.path("schema");
        if (schema.has("items")) {
            schema = schema.get("items");
        }
        if (schema.has("$ref")) {
            schema = document.at(schema.get("$ref").asText().substring(1));
        }
        return schema.has("example") || schema.has("examples");
    }
}
