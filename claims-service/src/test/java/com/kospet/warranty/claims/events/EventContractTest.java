package com.kospet.warranty.claims.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.kospet.warranty.claims.Fixtures;
import com.kospet.warranty.claims.Fixtures.OpenClaim;
import com.kospet.warranty.model.ClaimStatus;
import com.kospet.warranty.model.RejectionReason;
import com.kospet.warranty.model.RequestType;
import com.kospet.warranty.model.event.ClaimEventType;
import com.kospet.warranty.model.policy.Requirement;
import com.kospet.warranty.testinfra.ClaimEventsTopic;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static com.kospet.warranty.claims.Fixtures.asService;
import static com.kospet.warranty.claims.Fixtures.asStaff;
import static com.kospet.warranty.claims.Fixtures.act;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AsyncAPI document claims-service serves for {@code claims.events} is the contract of what it publishes: every
 * event on the topic, of this test's journeys and of every test that ran before it in this run, matches the schema
 * the document gives, and the document's enumerations are the model's.
 */
@QuarkusTest
class EventContractTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theServedDocumentListsEveryEventTypeAndEveryValueOfTheModel() throws Exception {
        JsonNode schemas = document().path("components").path("schemas");

        assertThat(values(schemas.path("CloudEvent").path("properties").path("type").path("enum")))
                .isEqualTo(Arrays.stream(ClaimEventType.values()).map(ClaimEventType::type).collect(Collectors.toCollection(TreeSet::new)));
        assertThat(values(schemas.path("ClaimStatus").path("enum"))).isEqualTo(names(ClaimStatus.values()));
        assertThat(values(schemas.path("RequestType").path("enum"))).isEqualTo(names(RequestType.values()));
        assertThat(values(schemas.path("Requirement").path("enum"))).isEqualTo(names(Requirement.values()));
        assertThat(values(schemas.path("RejectionReason").path("enum"))).isEqualTo(names(RejectionReason.values()));
    }

    @Test
    void everyEventOnTheTopicMatchesTheServedSchema() throws Exception {
        JsonSchema envelope = envelopeSchema(document());
        List<OpenClaim> journeys = List.of(worryFreeToClosed(), refunded(), rejected(), cancelled());

        try (ClaimEventsTopic topic = ClaimEventsTopic.ofTestKafka()) {
            // WORRY FREE+ to CLOSED: opened, confirmed, shipped back, received (payment due), paid, shipped, closed.
            topic.recordsOf(journeys.get(0).uuid(), 7, Duration.ofSeconds(60));
            topic.recordsOf(journeys.get(1).uuid(), 6, Duration.ofSeconds(60));
            topic.recordsOf(journeys.get(2).uuid(), 2, Duration.ofSeconds(60));
            topic.recordsOf(journeys.get(3).uuid(), 2, Duration.ofSeconds(60));

            List<String> violations = new ArrayList<>();
            Set<String> typesSeen = new TreeSet<>();
            for (ConsumerRecord<String, byte[]> record : topic.allRecords()) {
                JsonNode event = JSON.readTree(new String(record.value(), StandardCharsets.UTF_8));
                typesSeen.add(event.path("type").asText());
                Set<ValidationMessage> problems = envelope.validate(event);
                if (!problems.isEmpty()) {
                    violations.add(event.path("type").asText() + " " + event.path("id").asText() + ": " + problems);
                }
                assertThat(record.key()).as("the key is the claim id").isEqualTo(event.path("subject").asText());
            }
            assertThat(violations).isEmpty();
            assertThat(typesSeen).contains("claim.submitted", "claim.confirmed", "claim.return-registered",
                    "claim.received", "claim.inspected", "claim.payment-due", "claim.paid", "claim.replacement-shipped",
                    "claim.refunded", "claim.rejected", "claim.cancelled", "claim.closed");
        }
    }

    private static OpenClaim worryFreeToClosed() {
        Fixtures.Customer customer = Fixtures.newCustomer();
        String order = Fixtures.storedOrder(customer, 10);
        String id = Fixtures.submit(customer, order, "SN-1", "WORRY_FREE_REPLACEMENT", "BROKEN").statusCode(201)
                .extract().path("id");
        OpenClaim claim = new OpenClaim(id, customer, order);
        act(asStaff(), claim, "confirm", null).statusCode(200);
        act(customer.asCustomer(), claim, "return-shipment", Fixtures.returnShipment(true, true, true)).statusCode(200);
        act(asStaff(), claim, "receipt", null).statusCode(200);
        act(asService(), claim, "payment", "{\"reference\":\"pay-1\"}").statusCode(200);
        act(asStaff(), claim, "replacement-shipment",
                "{\"carrier\":\"DHL\",\"trackingNumber\":\"JD1\",\"newUnitId\":\"SN-R-" + id + "\"}").statusCode(200);
        act(asStaff(), claim, "close", null).statusCode(200);
        return claim;
    }

    private static OpenClaim refunded() {
        OpenClaim claim = Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");
        act(asStaff(), claim, "confirm", null).statusCode(200);
        act(claim.customer().asCustomer(), claim, "return-shipment", Fixtures.returnShipment(true, true, true)).statusCode(200);
        act(asStaff(), claim, "receipt", null).statusCode(200);
        act(asStaff(), claim, "inspection", "{\"outcome\":\"DEFECT_CONFIRMED\"}").statusCode(200);
        act(asStaff(), claim, "refund", null).statusCode(200);
        return claim;
    }

    private static OpenClaim rejected() {
        OpenClaim claim = Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");
        act(asStaff(), claim, "reject", "{\"reason\":\"NO_VALID_PROOF_OF_PURCHASE\",\"note\":\"invoice altered\"}").statusCode(200);
        return claim;
    }

    private static OpenClaim cancelled() {
        OpenClaim claim = Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");
        act(claim.customer().asCustomer(), claim, "cancel", null).statusCode(200);
        return claim;
    }

    /** The document as claims-service serves it. */
    private static JsonNode document() throws Exception {
        String yaml = RestAssured.given().get("/asyncapi.yaml").then().statusCode(200).extract().asString();
        return YAML.readTree(yaml);
    }

    /** The message payload's schema, with the document's component schemas as its definitions. */
    private static JsonSchema envelopeSchema(JsonNode document) throws Exception {
        String components = JSON.writeValueAsString(document.path("components").path("schemas"))
                .replace("#/components/schemas/", "#/$defs/");
        ObjectNode schema = (ObjectNode) JSON.readTree(components).path("CloudEvent").deepCopy();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.set("$defs", JSON.readTree(components));
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
    }

    private static Set<String> values(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }
}
