package com.kospet.warranty.http;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Documents the members of the shared wire records ({@code shared-model}) that are {@code null} when they do not
 * apply: the answers send them as JSON {@code null} rather than leaving them out, and a client reading the document
 * must know it. shared-model is plain Java without OpenAPI annotations, so the list is kept here; a service's own
 * records say it with {@code @Schema(nullable = true)} on the member. A record a service does not answer with is not
 * in its document and is skipped; a listed member its record no longer has fails the build, so the list cannot go
 * stale unnoticed.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class NullableWireFields implements OASFilter {

    /** Schema (the record's simple name) → its members that are {@code null} where none applies. */
    static final Map<String, List<String>> NULL_WHEN_ABSENT = Map.of(
            // PolicyOption: no deadline where the option is not offered; no money on a quote of a unit that takes no
            // claim (UN-2, UN-3); a redirect only where SCOPE-1 sends the customer elsewhere.
            "PolicyOption", List.of("deadline", "money", "redirect"),
            "OptionMoney", List.of("refund", "depreciation", "priceDifference"),
            // A leg the store pays, or whose cost is not known, has no cost.
            "ShippingCharge", List.of("cost"),
            // The claim snapshot (ClaimEventData): a part that does not apply yet is null.
            "Figures", List.of("refund", "depreciation", "priceDifference", "customerShipping"),
            "Deadlines", List.of("confirmBy", "shipBackBy", "paymentDueBy", "shipReplacementBy",
                    "deliveryEstimateFrom", "deliveryEstimateTo"),
            "Rejection", List.of("rule", "note"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        NULL_WHEN_ABSENT.forEach((record, members) -> {
            Schema schema = schemas.get(record);
            if (schema == null) {
                return;
            }
            for (String member : members) {
                Schema property = schema.getProperties() == null ? null : schema.getProperties().get(member);
                if (property == null) {
                    throw new IllegalStateException("NullableWireFields lists " + record + "." + member
                            + ", which the document's " + record + " does not have");
                }
                schema.addProperty(member, nullable(property));
            }
        });
    }

    /**
     * The property, admitting {@code null}: a reference becomes {@code anyOf: [reference, {type: null}]} (a
     * {@code type} beside a reference would not widen what it admits), a typed schema gains {@code null} among its
     * types (and its values, if it lists them).
     */
    static Schema nullable(Schema property) {
        if (property.getRef() != null) {
            Schema reference = OASFactory.createSchema().ref(property.getRef());
            return OASFactory.createSchema().description(property.getDescription())
                    .addAnyOf(reference).addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL));
        }
        if (property.getAnyOf() != null && property.getAnyOf().stream().anyMatch(NullableWireFields::isNull)) {
            return property;
        }
        if (property.getType() != null && !property.getType().isEmpty()) {
            if (!property.getType().contains(Schema.SchemaType.NULL)) {
                property.addType(Schema.SchemaType.NULL);
            }
            if (property.getEnumeration() != null && !property.getEnumeration().contains(null)) {
                List<Object> values = new ArrayList<>(property.getEnumeration());
                values.add(null);
                property.setEnumeration(values);
            }
        }
        return property; // a schema of no type admits null already
    }

    private static boolean isNull(Schema schema) {
        return schema.getType() != null && schema.getType().equals(List.of(Schema.SchemaType.NULL));
    }
}
