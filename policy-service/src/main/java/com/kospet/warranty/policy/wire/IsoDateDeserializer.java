package com.kospet.warranty.policy.wire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads the {@code yyyy-MM-dd} dates of a policy question (six of them per evaluation) straight from their
 * digits instead of through a {@code DateTimeFormatter}, whose general parsing showed up in the endpoint's
 * profile. Anything else, including an impossible date, goes to Jackson's own reader, so errors read the same.
 */
final class IsoDateDeserializer extends JsonDeserializer<LocalDate> {

    private final JsonDeserializer<LocalDate> general = LocalDateDeserializer.INSTANCE;

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.hasToken(JsonToken.VALUE_STRING)) {
            LocalDate fast = parse(parser.getText());
            if (fast != null) {
                return fast;
            }
        }
        return general.deserialize(parser, context);
    }

    /** The date of a strict {@code yyyy-MM-dd} text, or null when the text is anything else. */
    static LocalDate parse(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
