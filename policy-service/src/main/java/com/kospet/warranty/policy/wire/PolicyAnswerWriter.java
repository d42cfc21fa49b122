package com.kospet.warranty.policy.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.kospet.warranty.model.Money;
import com.kospet.warranty.model.policy.OptionMoney;
import com.kospet.warranty.model.policy.PolicyAnswer;
import com.kospet.warranty.model.policy.PolicyOption;
import com.kospet.warranty.model.policy.Redirect;
import com.kospet.warranty.model.policy.Requirement;
import com.kospet.warranty.model.policy.ServiceTimes;
import com.kospet.warranty.model.policy.ShippingCharge;
import com.kospet.warranty.model.policy.TraceEntry;

import java.io.IOException;
import java.time.LocalDate;

/**
 * Writes the answer of {@code POST /api/policy/evaluate} field by field, in the exact shape Jackson gives the
 * {@link PolicyAnswer} records (a test holds the two equal over many answers). The storefront asks this on every
 * order page, and writing five options with their traces through bean introspection was the largest part of the
 * endpoint's own time in its profile.
 */
final class PolicyAnswerWriter extends StdSerializer<PolicyAnswer> {

    PolicyAnswerWriter() {
        super(PolicyAnswer.class);
    }

    @Override
    public void serialize(PolicyAnswer answer, JsonGenerator json, SerializerProvider provider) throws IOException {
        json.writeStartObject();
        json.writeStringField("policyVersion", answer.policyVersion());
        date(json, "evaluatedOn", answer.evaluatedOn());
        serviceTimes(json, answer.serviceTimes());
        json.writeArrayFieldStart("options");
        for (PolicyOption option : answer.options()) {
            option(json, option);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void option(JsonGenerator json, PolicyOption option) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", option.type() == null ? null : option.type().name());
        json.writeStringField("status", option.status() == null ? null : option.status().name());
        date(json, "deadline", option.deadline());
        OptionMoney money = option.money();
        if (money == null) {
            json.writeNullField("money");
        } else {
            json.writeObjectFieldStart("money");
            money(json, "refund", money.refund());
            money(json, "depreciation", money.depreciation());
            money(json, "priceDifference", money.priceDifference());
            json.writeEndObject();
        }
        json.writeFieldName("shipping");
        if (option.shipping() == null) {
            json.writeNull();
        } else {
            json.writeStartArray();
            for (ShippingCharge charge : option.shipping()) {
                json.writeStartObject();
                json.writeStringField("leg", charge.leg() == null ? null : charge.leg().name());
                json.writeStringField("payer", charge.payer() == null ? null : charge.payer().name());
                money(json, "cost", charge.cost());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeFieldName("requirements");
        if (option.requirements() == null) {
            json.writeNull();
        } else {
            json.writeStartArray();
            for (Requirement requirement : option.requirements()) {
                json.writeString(requirement.name());
            }
            json.writeEndArray();
        }
        Redirect redirect = option.redirect();
        if (redirect == null) {
            json.writeNullField("redirect");
        } else {
            json.writeObjectFieldStart("redirect");
            json.writeStringField("channel", redirect.channel() == null ? null : redirect.channel().name());
            json.writeStringField("message", redirect.message());
            json.writeEndObject();
        }
        json.writeFieldName("trace");
        if (option.trace() == null) {
            json.writeNull();
        } else {
            json.writeStartArray();
            for (TraceEntry entry : option.trace()) {
                json.writeStartObject();
                json.writeStringField("rule", entry.rule());
                json.writeStringField("outcome", entry.outcome() == null ? null : entry.outcome().name());
                json.writeStringField("reason", entry.reason());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void serviceTimes(JsonGenerator json, ServiceTimes times) throws IOException {
        if (times == null) {
            json.writeNullField("serviceTimes");
            return;
        }
        json.writeObjectFieldStart("serviceTimes");
        json.writeStringField("confirmation", times.confirmation().toString());
        json.writeNumberField("returnShipmentWorkingDays", times.returnShipmentWorkingDays());
        json.writeStringField("payment", times.payment().toString());
        json.writeStringField("replacementDispatch", times.replacementDispatch().toString());
        json.writeNumberField("deliveryMinWorkingDays", times.deliveryMinWorkingDays());
        json.writeNumberField("deliveryMaxWorkingDays", times.deliveryMaxWorkingDays());
        json.writeEndObject();
    }

    private static void money(JsonGenerator json, String field, Money money) throws IOException {
        if (money == null) {
            json.writeNullField(field);
            return;
        }
        json.writeObjectFieldStart(field);
        json.writeStringField("amount", money.amount().toString());
        json.writeStringField("currency", money.currency().getCurrencyCode());
        json.writeEndObject();
    }

    private static void date(JsonGenerator json, String field, LocalDate date) throws IOException {
        json.writeStringField(field, date == null ? null : date.toString());
    }
}
