package com.kospet.warranty.claims.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.kospet.warranty.claims.domain.StatedAmount;
import com.kospet.warranty.model.Money;
import com.kospet.warranty.model.problem.RefusedJsonValue;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * An amount staff confirm: {@code {"amount": "24.00", "currency": "USD"}} like every amount of the API, or, deprecated
 * and accepted for one version, the bare number ({@code 24.00} or {@code "24.00"}) in the claim's currency. The amount
 * is read exactly as written; whether it fits the claim's currency is the command's business.
 */
@JsonDeserialize(using = ConfirmedAmount.Reader.class)
@Schema(name = "ConfirmedAmount", oneOf = {Money.class, ConfirmedAmount.BareAmount.class},
        description = "An amount in the claim's currency: {amount, currency}; a bare number is deprecated")
public record ConfirmedAmount(StatedAmount stated) {

    /** The shape clients of the previous version send; documentation only. */
    @Schema(name = "BareAmount", type = SchemaType.NUMBER, deprecated = true,
            description = "Deprecated, accepted for one version: a bare number (or numeric string) in the claim's currency."
                    + " Send {amount, currency} instead.")
    static final class BareAmount {
        private BareAmount() {
        }
    }

    static final class Reader extends StdDeserializer<ConfirmedAmount> {

        private static final String SHAPE = "must be {\"amount\": \"24.00\", \"currency\": \"USD\"}";

        Reader() {
            super(ConfirmedAmount.class);
        }

        @Override
        public ConfirmedAmount deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.START_OBJECT) {
                return money(parser);
            }
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT
                    || token == JsonToken.VALUE_STRING) {
                return new ConfirmedAmount(StatedAmount.bare(decimal(parser)));
            }
            throw new RefusedJsonValue(parser, SHAPE);
        }

        private static ConfirmedAmount money(JsonParser parser) throws IOException {
            BigDecimal amount = null;
            Currency currency = null;
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("amount".equals(field)) {
                    amount = at(field, () -> {
                        if (value != JsonToken.VALUE_NUMBER_INT && value != JsonToken.VALUE_NUMBER_FLOAT
                                && value != JsonToken.VALUE_STRING) {
                            throw new RefusedJsonValue(parser, "must be a decimal number such as \"24.00\"");
                        }
                        return decimal(parser);
                    });
                } else if ("currency".equals(field)) {
                    currency = at(field, () -> currency(parser, value));
                } else {
                    parser.skipChildren();
                }
            }
            if (amount == null) {
                throw at("amount", new RefusedJsonValue(parser, "is required"));
            }
            if (currency == null) {
                throw at("currency", new RefusedJsonValue(parser, "is required"));
            }
            return new ConfirmedAmount(StatedAmount.of(amount, currency));
        }

        private static BigDecimal decimal(JsonParser parser) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return parser.getDecimalValue();
            }
            try {
                return new BigDecimal(parser.getText().strip());
            } catch (NumberFormatException e) {
                throw new RefusedJsonValue(parser, "must be a decimal number such as \"24.00\"");
            }
        }

        private static Currency currency(JsonParser parser, JsonToken value) throws IOException {
            if (value == JsonToken.VALUE_STRING && parser.getText().matches("[A-Z]{3}")) {
                try {
                    return Currency.getInstance(parser.getText());
                } catch (IllegalArgumentException e) {
                    // an unknown code: refused below like any other value
                }
            }
            throw new RefusedJsonValue(parser, "must be an ISO-4217 code such as USD");
        }

        private interface Read<T> {
            T read() throws IOException;
        }

        /** Names the member of the amount object that failed, so the answer says {@code priceDifference.currency}. */
        private static <T> T at(String field, Read<T> read) throws IOException {
            try {
                return read.read();
            } catch (JsonMappingException e) {
                throw at(field, e);
            }
        }

        private static JsonMappingException at(String field, JsonMappingException e) {
            e.prependPath(Money.class, field);
            return e;
        }
    }
}
