package com.kospet.warranty.policy.wire;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import com.kospet.warranty.model.policy.PolicyAnswer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.time.LocalDate;

/**
 * The evaluate endpoint is the storefront's hottest call and its answer is a deep tree of records:
 * the answer is written field by field ({@link PolicyAnswerWriter}), the question's dates are read from
 * their digits, and Blackbird reads and writes every other record through generated accessors instead of
 * reflection.
 * <p>
 * The question is read strictly: content after its closing brace is refused rather than ignored, and a fraction
 * where a count is expected ({@code "mediaCount": 2.5}) is refused rather than cut to its whole part, which would
 * answer a different question than the one asked.
 */
@Singleton
public class JsonCustomizer implements ObjectMapperCustomizer {

    /** Applied after Quarkus' own customizers, so that these readers and writers take precedence over theirs. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.registerModule(new BlackbirdModule());
        mapper.registerModule(new SimpleModule("policy-wire")
                .addDeserializer(LocalDate.class, new IsoDateDeserializer())
                .addSerializer(PolicyAnswer.class, new PolicyAnswerWriter()));
    }
}
