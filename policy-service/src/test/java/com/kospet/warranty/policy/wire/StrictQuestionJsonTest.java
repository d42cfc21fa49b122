package com.kospet.warranty.policy.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kospet.warranty.model.policy.PolicyQuestion;
import com.kospet.warranty.model.problem.JsonProblems;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The service's JSON reader (the one the endpoint and the start-up question use, fast date path included) takes a
 * question exactly as written: nothing after it, and no fraction where a count is expected.
 */
@QuarkusTest
class StrictQuestionJsonTest {

    private static final String QUESTION =
            "{\"channel\":\"OFFICIAL_STORE\",\"orderDate\":\"2026-01-10\",\"price\":{\"amount\":\"1.00\",\"currency\":\"USD\"}%s}";

    @Inject
    ObjectMapper json;

    @Test
    void aQuestionAsWrittenIsRead() throws Exception {
        PolicyQuestion question = json.readValue(QUESTION.formatted(",\"mediaCount\":2"), PolicyQuestion.class);

        assertThat(question.mediaCount()).isEqualTo(2);
        assertThat(question.orderDate()).hasToString("2026-01-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            }}}
            ' {"channel":"AMAZON"}'
            ' 42'
            """)
    void anythingAfterTheQuestionIsRefused(String trailing) {
        assertThatThrownBy(() -> json.readValue(QUESTION.formatted("") + trailing, PolicyQuestion.class))
                .isInstanceOf(JsonProcessingException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            mediaCount                 | 2.5
            mediaCount                 | 2.0
            priorWorryFreeReplacements | 1.5
            """)
    void aFractionWhereACountIsExpectedIsRefusedNamingTheField(String field, String value) {
        assertThatThrownBy(() -> json.readValue(QUESTION.formatted(",\"" + field + "\":" + value), PolicyQuestion.class))
                .isInstanceOfSatisfying(JsonMappingException.class, e -> {
                    assertThat(JsonProblems.path(e)).isEqualTo(field);
                    assertThat(JsonProblems.readableMessage(e)).startsWith("must be a whole number");
                });
    }
}
