package com.kospet.warranty.notifications;

import com.kospet.warranty.model.event.ClaimEvent;
import com.kospet.warranty.model.event.ClaimEventCodec;
import com.kospet.warranty.model.event.ClaimEventType;
import com.kospet.warranty.model.event.TraceContext;
import com.kospet.warranty.testinfra.PerTestClass;
import com.kospet.warranty.testinfra.SmtpResource;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import static com.kospet.warranty.notifications.TestEvents.awaitMailsTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event's handling joins the claim's trace: the consume span continues the trace the event carries, and the mail
 * the event owes, sent later from the sent log (after a failed attempt too), is an {@code smtp send} span of it.
 */
@QuarkusTest
class ClaimTraceTest {

    private static final AttributeKey<String> CLAIM = AttributeKey.stringKey("notification.claim_id");

    @RegisterExtension
    static final PerTestClass<KafkaCompanion> kafka = PerTestClass.of(TestEvents::kafka);

    @Inject
    InMemorySpanExporter spans;

    @Inject
    TestClock clock;

    @AfterEach
    void smtpIsBack() {
        SmtpResource.resume();
    }

    @Test
    void theConsumeAndTheSmtpSendOfAnEventsMailShareTheTraceTheEventCarries() {
        TestEvents.Claim claim = new TestEvents.Claim();
        TraceContext written = newTrace();

        TestEvents.publish(kafka.get(), claim.event(ClaimEventType.SUBMITTED, clock.instant()).within(Optional.of(written)));

        awaitMailsTo(claim.email, 1);
        SpanData send = await().atMost(Duration.ofSeconds(10)).until(() -> sendsOf(claim), sends -> !sends.isEmpty()).get(0);
        SpanData consume = consumeIn(written.traceId());
        assertThat(consume.getParentSpanId()).as("the consume's parent: the span that wrote the event")
                .isEqualTo(written.traceparent().substring(36, 52));
        assertThat(send.getTraceId()).isEqualTo(written.traceId());
        assertThat(send.getParentSpanId()).isEqualTo(consume.getSpanId());
        assertThat(send.getKind()).isEqualTo(SpanKind.CLIENT);
    }

    @Test
    void theConsumeFollowsThePublishTheRecordsHeaderNames() {
        TestEvents.Claim claim = new TestEvents.Claim();
        TraceContext written = newTrace();
        String publishSpan = hex(8);
        ClaimEvent event = claim.event(ClaimEventType.SUBMITTED, clock.instant()).within(Optional.of(written));
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(ClaimEvent.TOPIC, claim.id.toString(),
                TestEvents.CODEC.encode(event));
        record.headers().add("content-type", ClaimEventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        record.headers().add("traceparent", ("00-" + written.traceId() + "-" + publishSpan + "-01").getBytes(StandardCharsets.UTF_8));

        kafka.get().produce(Serdes.String(), Serdes.ByteArray()).fromRecords(record).awaitCompletion(Duration.ofSeconds(20));

        awaitMailsTo(claim.email, 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> sendsOf(claim), sends -> !sends.isEmpty());
        assertThat(consumeIn(written.traceId()).getParentSpanId()).isEqualTo(publishSpan);
        assertThat(sendsOf(claim)).allSatisfy(send -> assertThat(send.getTraceId()).isEqualTo(written.traceId()));
    }

    @Test
    void aMailSentAfterAFailedAttemptIsStillSentInTheEventsTrace() {
        TestEvents.Claim claim = new TestEvents.Claim();
        TraceContext written = newTrace();
        SmtpResource.pause();

        TestEvents.publish(kafka.get(), claim.event(ClaimEventType.SUBMITTED, clock.instant()).within(Optional.of(written)));
        await().atMost(Duration.ofSeconds(20)).until(() -> sendsOf(claim),
                sends -> sends.stream().anyMatch(send -> send.getStatus().getStatusCode() == StatusCode.ERROR));
        SmtpResource.resume();

        awaitMailsTo(claim.email, 1);
        List<SpanData> sends = await().atMost(Duration.ofSeconds(10)).until(() -> sendsOf(claim),
                found -> found.stream().anyMatch(send -> send.getStatus().getStatusCode() != StatusCode.ERROR));
        assertThat(sends).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(send -> assertThat(send.getTraceId()).isEqualTo(written.traceId()));
    }

    /** The smtp send spans of the claim's mails, in the order they ended. */
    private List<SpanData> sendsOf(TestEvents.Claim claim) {
        return spans.getFinishedSpanItems().stream()
                .filter(span -> span.getName().equals("smtp send") && claim.id.toString().equals(span.getAttributes().get(CLAIM)))
                .toList();
    }

    private SpanData consumeIn(String traceId) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> spans.getFinishedSpanItems().stream()
                .filter(span -> span.getKind() == SpanKind.CONSUMER && span.getTraceId().equals(traceId))
                .findFirst(), Optional::isPresent).orElseThrow();
    }

    /** The trace context of the work that wrote an event, as claims-service stores it. */
    private static TraceContext newTrace() {
        return new TraceContext("00-" + hex(16) + "-" + hex(8) + "-01", Optional.empty());
    }

    private static String hex(int bytes) {
        StringBuilder hex = new StringBuilder();
        ThreadLocalRandom.current().ints(bytes, 0, 256).forEach(b -> hex.append(String.format("%02x", b)));
        return hex.toString();
    }
}
