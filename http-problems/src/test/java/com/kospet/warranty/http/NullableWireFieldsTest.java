package com.kospet.warranty.http;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shared records' members documented as sent: null where they do not apply. */
class NullableWireFieldsTest {

    @Test
    void aReferencedMemberBecomesTheReferenceOrNull() {
        OpenAPI document = document("ShippingCharge", "cost", OASFactory.createSchema().ref("Money"));

        new NullableWireFields().filterOpenAPI(document);

        Schema cost = document.getComponents().getSchemas().get("ShippingCharge").getProperties().get("cost");
        assertThat(cost.getRef()).isNull();
        assertThat(cost.getAnyOf()).extracting(Schema::getRef).containsExactly("#/components/schemas/Money", null);
        assertThat(cost.getAnyOf().get(1).getType()).containsExactly(SchemaType.NULL);
    }

    @Test
    void aTypedMemberAdmitsNullAmongItsTypesAndValues() {
        OpenAPI document = document("Rejection", "rule", OASFactory.createSchema().addType(SchemaType.STRING)
                .enumeration(List.of("EX-1", "EX-5")));
        document.getComponents().getSchemas().get("Rejection")
                .addProperty("note", OASFactory.createSchema().addType(SchemaType.STRING));

        new NullableWireFields().filterOpenAPI(document);

        Schema rule = document.getComponents().getSchemas().get("Rejection").getProperties().get("rule");
        assertThat(rule.getType()).containsExactly(SchemaType.STRING, SchemaType.NULL);
        assertThat(rule.getEnumeration()).containsExactly("EX-1", "EX-5", null);
    }

    @Test
    void aListedMemberTheRecordNoLongerHasFailsTheBuild() {
        OpenAPI document = document("Redirect", "channel", OASFactory.createSchema().addType(SchemaType.STRING));
        document.getComponents().addSchema("PolicyOption", OASFactory.createSchema().addType(SchemaType.OBJECT)
                .addProperty("deadline", OASFactory.createSchema().addType(SchemaType.STRING)));

        assertThatThrownBy(() -> new NullableWireFields().filterOpenAPI(document))
                .hasMessageContaining("PolicyOption.money");
    }

    @Test
    void aRecordTheServiceDoesNotAnswerWithIsSkipped() {
        OpenAPI document = document("Redirect", "channel", OASFactory.createSchema().addType(SchemaType.STRING));

        new NullableWireFields().filterOpenAPI(document);

        assertThat(document.getComponents().getSchemas()).containsOnlyKeys("Redirect");
        assertThat(document.getComponents().getSchemas().get("Redirect").getProperties().get("channel").getType())
                .containsExactly(SchemaType.STRING);
    }

    private static OpenAPI document(String record, String member, Schema property) {
        return OASFactory.createOpenAPI().components(OASFactory.createComponents().addSchema(record,
                OASFactory.createSchema().addType(SchemaType.OBJECT).addProperty(member, property)));
    }
}
