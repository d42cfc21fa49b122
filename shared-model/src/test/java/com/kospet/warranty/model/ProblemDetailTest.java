package com.kospet.warranty.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.kospet.warranty.model.problem.ProblemDetail;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemDetailTest {

    @Test
    void extensionsAreTopLevelMembersAndEmptyPartsAreLeftOut() throws Exception {
        ProblemDetail problem = ProblemDetail.of(409, "illegal-transition", "Illegal state change", "cannot confirm")
                .with("currentStatus", "CLOSED");

        String json = new ObjectMapper().writeValueAsString(problem);

        assertThat(json).contains("\"type\":\"https://warranty.kospet.com/problems/illegal-transition\"",
                "\"status\":409", "\"currentStatus\":\"CLOSED\"");
        assertThat(json).doesNotContain("extensions", "errors", "instance");
    }

    @Test
    void anExtensionWithoutAValueIsLeftOut() throws Exception {
        ProblemDetail problem = ProblemDetail.of(422, "not-eligible", "Not eligible", "no")
                .with("redirect", null).with("policyVersion", "2024-01");

        String json = new ObjectMapper().writeValueAsString(problem);

        assertThat(json).contains("\"policyVersion\":\"2024-01\"").doesNotContain("redirect");
    }

    @Test
    void fieldErrorsNameEachOffendingField() throws Exception {
        ProblemDetail problem = ProblemDetail.of(400, "invalid-request", "Invalid request", "2 fields are invalid")
                .withErrors(List.of(new ProblemDetail.FieldError("orderDate", "must not be null"),
                        new ProblemDetail.FieldError("price.amount", "must not be negative")));

        String json = new ObjectMapper().writeValueAsString(problem);

        assertThat(json).contains("{\"field\":\"orderDate\",\"message\":\"must not be null\"}",
                "{\"field\":\"price.amount\",\"message\":\"must not be negative\"}");
    }
}
