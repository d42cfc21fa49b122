package com.kospet.warranty.testinfra;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The check every API test's answers go through, on a small document of its own: it must find each kind of
 * disagreement, or the tests behind it check nothing.
 */
class OpenApiAnswersTest {

    private static final String JSON = "application/json";
    private static final String PROBLEM = "application/problem+json";

    private static final String DOCUMENT = """
            {
              "openapi": "3.1.0",
              "info": {"title": "claims", "version": "1"},
              "paths": {
                "/api/claims/{id}": {
                  "get": {
                    "responses": {
                      "200": {"description": "The claim",
                              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Claim"}}}},
                      "4XX": {"$ref": "#/components/responses/Problem"}
                    }
                  }
                },
                "/api/claims/export": {
                  "get": {
                    "responses": {
                      "200": {"description": "Every claim", "content": {"text/csv": {"schema": {"type": "string"}}}}
                    }
                  }
                },
                "/api/claims/{id}/cancel": {
                  "post": {
                    "responses": {
                      "204": {"description": "Cancelled"},
                      "default": {"$ref": "#/components/responses/Problem"}
                    }
                  }
                }
              },
              "components": {
                "responses": {
                  "Problem": {"description": "Problem Details",
                              "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/ProblemDetail"}}}}
                },
                "schemas": {
                  "Claim": {
                    "type": "object",
                    "required": ["id", "status", "price"],
                    "properties": {
                      "id": {"type": "string", "format": "uuid"},
                      "status": {"$ref": "#/components/schemas/ClaimStatus"},
                      "price": {"$ref": "#/components/schemas/Money"},
                      "description": {"type": ["string", "null"]},
                      "submittedAt": {"type": "string", "format": "date-time", "example": "2026-01-02T10:00:00Z"},
                      "attempts": {"type": "integer", "format": "int32"}
                    }
                  },
                  "ClaimStatus": {"type": "string", "enum": ["SUBMITTED", "CLOSED"]},
                  "Money": {
                    "type": "object",
                    "required": ["amount", "currency"],
                    "properties": {
                      "amount": {"type": "string", "pattern": "^-?[0-9]+(\\\\.[0-9]+)?$"},
                      "currency": {"type": "string", "pattern": "^[A-Z]{3}$"}
                    }
                  },
                  "ProblemDetail": {
                    "type": "object",
                    "properties": {
                      "type": {"type": "string", "format": "uri"},
                      "status": {"type": "integer", "format": "int32"},
                      "instance": {"type": "string", "format": "uri-reference"}
                    },
                    "additionalProperties": true
                  }
                }
              }
            }
            """;

    private static final String CLAIM = """
            {"id": "0b9f3c1e-8d2a-4f6b-9c3d-2e1f0a9b8c7d", "status": "SUBMITTED",
             "price": {"amount": "199.00", "currency": "USD"}, "description": null,
             "submittedAt": "2026-01-02T10:00:00Z", "attempts": 1}
            """;

    private final OpenApiAnswers answers = OpenApiAnswers.of(DOCUMENT);

    @Test
    void anAnswerAsDocumentedPasses() {
        assertThat(claim(CLAIM)).isEmpty();
    }

    @Test
    void aValueOfTheWrongTypeIsAViolationAtItsPointer() {
        assertOneViolationOfAttempts("\"1\"", "integer");
    }

    @Test
    void aMissingRequiredPropertyIsAViolation() {
        assertThat(claim("{\"id\": \"0b9f3c1e-8d2a-4f6b-9c3d-2e1f0a9b8c7d\", \"status\": \"SUBMITTED\"}"))
                .singleElement().satisfies(v -> assertThat(v.message()).contains("price"));
    }

    @Test
    void aNullTheDocumentDoesNotAdmitIsAViolationAndOneItAdmitsIsNot() {
        assertOneViolationOfAttempts("null", "null");
        assertThat(claim(CLAIM)).as("description is documented as [string, null]").isEmpty();
    }

    /** The documented claim with {@code attempts} sent as {@code value} has one violation, at it, saying {@code what}. */
    private void assertOneViolationOfAttempts(String value, String what) {
        assertThat(claim(CLAIM.replace("\"attempts\": 1", "\"attempts\": " + value)))
                .singleElement().satisfies(v -> {
                    assertThat(v.pointer()).isEqualTo("/attempts");
                    assertThat(v.message()).contains(what);
                });
    }

    @Test
    void referencesAreResolvedWithinTheDocument() {
        assertThat(claim(CLAIM.replace("\"SUBMITTED\"", "\"OPEN\""))).singleElement()
                .satisfies(v -> assertThat(v.pointer()).isEqualTo("/status"));
        assertThat(claim(CLAIM.replace("\"199.00\"", "199.0"))).singleElement()
                .satisfies(v -> assertThat(v.pointer()).isEqualTo("/price/amount"));
        assertThat(claim(CLAIM.replace("\"USD\"", "{\"currencyCode\": \"USD\"}"))).singleElement()
                .satisfies(v -> assertThat(v.pointer()).isEqualTo("/price/currency"));
    }

    @Test
    void formatsAreAsserted() {
        assertThat(claim(CLAIM.replace("0b9f3c1e-8d2a-4f6b-9c3d-2e1f0a9b8c7d", "SN-1"))).singleElement()
                .satisfies(v -> assertThat(v.pointer()).isEqualTo("/id"));
        assertThat(answers.violations("GET", "/api/claims/7", 404, PROBLEM,
                bytes("{\"type\": \"/problems/not-found\", \"status\": 404, \"instance\": \"/api/claims/7\"}")))
                .as("type must be an absolute URI; instance may be a reference").singleElement()
                .satisfies(v -> assertThat(v.pointer()).isEqualTo("/type"));
    }

    @Test
    void aStatusIsFoundByItsRangeAndByDefaultThroughAReferencedResponse() {
        String problem = "{\"type\": \"https://example.com/problems/not-found\", \"status\": 404, \"instance\": \"/api/claims/7\"}";
        assertThat(answers.violations("GET", "/api/claims/7", 404, PROBLEM, bytes(problem))).isEmpty();
        assertThat(answers.violations("POST", "/api/claims/7/cancel", 409, PROBLEM, bytes(problem.replace("404", "409")))).isEmpty();
        assertThat(answers.violations("GET", "/api/claims/7", 404, PROBLEM, bytes(problem.replace("404,", "\"404\","))))
                .singleElement().satisfies(v -> assertThat(v.pointer()).isEqualTo("/status"));
    }

    @Test
    void anUndocumentedStatusIsAViolation() {
        assertThat(answers.violations("GET", "/api/claims/7", 503, PROBLEM, bytes("{\"status\": 503}")))
                .singleElement().satisfies(v -> assertThat(v.message()).contains("status 503 is not documented", "200", "4XX"));
    }

    @Test
    void anUnknownPathOrMethodIsAViolation() {
        assertThat(answers.violations("GET", "/api/orders/7", 200, JSON, bytes("{}")))
                .singleElement().satisfies(v -> assertThat(v.message()).contains("no path /api/orders/7"));
        assertThat(answers.violations("DELETE", "/api/claims/7", 204, null, new byte[0]))
                .singleElement().satisfies(v -> assertThat(v.message()).contains("no DELETE on /api/claims/{id}"));
    }

    @Test
    void aLiteralPathWinsOverATemplateAndABodyThatIsNotJsonIsHeldToItsMediaTypeOnly() {
        assertThat(answers.violations("GET", "/api/claims/export", 200, "text/csv; charset=UTF-8", bytes("id,status\n1,CLOSED\n")))
                .isEmpty();
        assertThat(answers.violations("GET", "/api/claims/export", 200, "text/html", bytes("<p>claims</p>")))
                .singleElement().satisfies(v -> assertThat(v.message()).contains("text/html", "text/csv"));
    }

    @Test
    void aBodyWhereTheDocumentDescribesNoneOrNoBodyWhereItDescribesOneIsAViolation() {
        assertThat(answers.violations("POST", "/api/claims/7/cancel", 204, null, new byte[0])).isEmpty();
        assertThat(answers.violations("POST", "/api/claims/7/cancel", 204, JSON, bytes("{}"))).hasSize(1);
        assertThat(answers.violations("GET", "/api/claims/7", 200, JSON, new byte[0])).hasSize(1);
        assertThat(answers.violations("GET", "/api/claims/7", 200, JSON, bytes("{\"id\": "))).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("not JSON"));
    }

    @Test
    void aDisagreementFailsWithThePathTheStatusAndEveryViolation() {
        assertThatThrownBy(() -> answers.check("GET", "/api/claims/7", 200, JSON,
                bytes(CLAIM.replace("\"attempts\": 1", "\"attempts\": null").replace("\"SUBMITTED\"", "\"OPEN\""))))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("GET /api/claims/7 (200 application/json)")
                .hasMessageContaining("/attempts: ")
                .hasMessageContaining("/status: ");
    }

    @Test
    void aDocumentWhoseSchemasAreNotJsonSchema202012IsRefused() {
        assertThatThrownBy(() -> OpenApiAnswers.of(DOCUMENT.replace("3.1.0", "3.0.3")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3.0.3");
    }

    private List<OpenApiAnswers.Violation> claim(String body) {
        return answers.violations("GET", "/api/claims/0b9f3c1e", 200, JSON + ";charset=UTF-8", bytes(body));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
