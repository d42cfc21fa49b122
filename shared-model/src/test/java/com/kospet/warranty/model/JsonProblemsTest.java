package com.kospet.warranty.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.kospet.warranty.model.problem.JsonProblems;
import com.kospet.warranty.model.problem.ProblemDetail;
import com.kospet.warranty.model.problem.RefusedJsonValue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class JsonProblemsTest {

    record Item(Channel channel, java.math.BigDecimal price) {
    }

    record Order(List<Item> items) {
    }

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anUnknownEnumValueIsNamedByItsPathWithTheAllowedValues() {
        JsonMappingException e = catchThrowableOfType(JsonMappingException.class,
                () -> json.readValue("{\"items\":[{\"channel\":\"MARS\"}]}", Order.class));

        ProblemDetail.FieldError error = JsonProblems.fieldError(e);

        assertThat(error.field()).isEqualTo("items[0].channel");
        assertThat(error.message()).startsWith("must be one of OFFICIAL_STORE, AMAZON").endsWith("(got MARS)");
    }

    @Test
    void aWrongTypeSaysWhatWasExpectedInTheCallersTerms() {
        JsonMappingException e = catchThrowableOfType(JsonMappingException.class,
                () -> json.readValue("{\"items\":[{\"price\":\"cheap\"}]}", Order.class));

        assertThat(JsonProblems.fieldError(e))
                .isEqualTo(new ProblemDetail.FieldError("items[0].price", "must be a decimal amount like \"199.00\" (got cheap)"));
    }

    @Test
    void aValueRefusedByARuleOfOursIsNamedByItsPathWithTheRulesOwnWords() {
        ObjectMapper strict = new ObjectMapper().registerModule(new SimpleModule().addDeserializer(String.class,
                new StdScalarDeserializer<String>(String.class) {
                    @Override
                    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                        throw new RefusedJsonValue(parser, "must not be empty");
                    }
                }));
        JsonMappingException e = catchThrowableOfType(JsonMappingException.class,
                () -> strict.readValue("{\"note\":\"\"}", Note.class));

        assertThat(JsonProblems.fieldError(e)).isEqualTo(new ProblemDetail.FieldError("note", "must not be empty"));
    }

    record Note(String note) {
    }
}
