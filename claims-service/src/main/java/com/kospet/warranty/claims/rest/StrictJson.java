package com.kospet.warranty.claims.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.kospet.warranty.model.problem.RefusedJsonValue;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * JSON is read as written, not as it might have been meant: text after the body, a fraction where a whole
 * number belongs, and the NUL character in any text are each a 400 naming the field. NUL would pass Java and
 * Jackson and fail only in PostgreSQL, whose text cannot hold it.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    static final String NO_NUL = "must not contain the NUL character (U+0000)";

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.registerModule(new SimpleModule("no-nul-in-text").addDeserializer(String.class, new NulFreeText()));
    }

    /** Every JSON string the service reads, at any depth; Jackson adds the field's path to the error. */
    static final class NulFreeText extends StdScalarDeserializer<String> {

        NulFreeText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && text.indexOf('\0') >= 0) {
                throw new RefusedJsonValue(parser, NO_NUL);
            }
            return text;
        }
    }
}
