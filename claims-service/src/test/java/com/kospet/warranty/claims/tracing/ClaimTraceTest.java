package com.kospet.warranty.claims.tracing;

import com.kospet.warranty.claims.Fixtures;
import com.kospet.warranty.model.event.ClaimEvent;
import com.kospet.warranty.model.event.ClaimEventCodec;
import com.kospet.warranty.model.event.TraceContext;
import com.kospet.warranty.testinfra.ClaimEventsTopic;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static com.kospet.warranty.claims.Fixtures.asService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One claim is one trace: the storefront's call (here with the trace the storefront started), the policy question
 * it asks, and the outbox relay's publish, later and on the relay's own thread, all carry the storefront's trace id,
 * and so does what goes to Kafka, on the record's headers and in the event itself.
 */
@QuarkusTest
class ClaimTraceTest {

    private static final AttributeKey<String> ROUTE = AttributeKey.stringKey("http.route");
    private static final AttributeKey<String> URL = AttributeKey.stringKey("url.full");
    private static final AttributeKey<String> MESSAGE_KEY = AttributeKey.stringKey("messaging.kafka.message.key");

    private final ClaimEventCodec codec = new ClaimEventCodec();

    @Inject
    InMemorySpanExporter spans;

    @Test
    void theStorefrontsCallThePolicyQuestionAndTheOutboxPublishOfAClaimShareOneTrace() {
        String traceId = hex(16);
        Fixtures.Customer customer = Fixtures.newCustomer();
        String orderNumber = Fixtures.newOrderNumber();
        asService().body(Fixtures.deliveredOrder(customer, orderNumber, 10)).put("/api/orders/{n}", orderNumber)
                .then().statusCode(201);

        UUID claimId = UUID.fromString(customer.asCustomer()
                .header("traceparent", "00-" + traceId + "-" + hex(8) + "-01")
                .body(Fixtures.claim(orderNumber, "DEFECT_RETURN", "QUALITY_PROBLEM"))
                .post("/api/claims").then().statusCode(201).extract().<String>path("id"));

        SpanData publish = await().atMost(Duration.ofSeconds(20)).until(() -> spanOf(SpanKind.PRODUCER, claimId), Optional::isPresent).orElseThrow();
        assertThat(publish.getName()).isEqualTo("claims.events publish");
        assertThat(publish.getTraceId()).isEqualTo(traceId);

        List<SpanData> ofTrace = await().atMost(Duration.ofSeconds(10)).until(() -> ofTrace(traceId),
                found -> found.stream().anyMatch(span -> span.getKind() == SpanKind.SERVER));
        assertThat(ofTrace).filteredOn(span -> span.getKind() == SpanKind.SERVER)
                .extracting(span -> span.getAttributes().get(ROUTE)).contains("/api/claims");
        assertThat(ofTrace).filteredOn(span -> span.getKind() == SpanKind.CLIENT)
                .extracting(span -> span.getAttributes().get(URL)).anySatisfy(url -> assertThat(url).endsWith("/api/policy/evaluate"));

        try (ClaimEventsTopic topic = ClaimEventsTopic.ofTestKafka()) {
            ConsumerRecord<String, byte[]> record = topic.recordsOf(claimId, 1, Duration.ofSeconds(20)).get(0);
            ClaimEvent event = codec.decode(record.value());
            assertThat(event.traceContext()).map(TraceContext::traceId).contains(traceId);
            // The record's header names the publish itself: a consumer's span follows it.
            assertThat(header(record, "traceparent"))
                    .isEqualTo("00-" + traceId + "-" + publish.getSpanId() + "-01");
        }
    }

    private Optional<SpanData> spanOf(SpanKind kind, UUID claimId) {
        return spans.getFinishedSpanItems().stream()
                .filter(span -> span.getKind() == kind && claimId.toString().equals(span.getAttributes().get(MESSAGE_KEY)))
                .findFirst();
    }

    private List<SpanData> ofTrace(String traceId) {
        return spans.getFinishedSpanItems().stream().filter(span -> span.getTraceId().equals(traceId)).toList();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String hex(int bytes) {
        StringBuilder hex = new StringBuilder();
        ThreadLocalRandom.current().ints(bytes, 0, 256).forEach(b -> hex.append(String.format("%02x", b)));
        return hex.toString();
    }
}
