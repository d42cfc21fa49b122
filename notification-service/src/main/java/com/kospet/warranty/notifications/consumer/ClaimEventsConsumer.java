package com.kospet.warranty.notifications.consumer;

import com.kospet.warranty.model.event.ClaimEvent;
import com.kospet.warranty.model.event.ClaimEventCodec;
import com.kospet.warranty.model.event.TraceContext;
import com.kospet.warranty.notifications.config.NotificationsConfig;
import com.kospet.warranty.notifications.delivery.MailQueue;
import com.kospet.warranty.notifications.delivery.MailSender;
import com.kospet.warranty.tracing.TraceContexts;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads {@code claims.events} and records what each event owes (its mail, reminders, alerts) in the
 * sent log. An event that cannot be read or owes a mail that cannot be written (no customer, unknown
 * type) throws, and the connector moves it to the dead-letter topic with the reason; the offset moves
 * on only after the event's mails are recorded, from where {@link MailSender} delivers them: once the record
 * is committed, the sender is handed the claim, and its mail due now goes out at once.
 * <p>
 * Each event is handled in a CONSUMER span that continues the claim's trace; the mails it records keep that span's
 * trace context, so their SMTP send, whenever it happens, joins the same trace.
 */
@ApplicationScoped
public class ClaimEventsConsumer {

    private static final Logger LOG = Logger.getLogger(ClaimEventsConsumer.class);

    private final ClaimEventCodec codec = new ClaimEventCodec();
    private final MailQueue queue;
    private final MailSender sender;
    private final MeterRegistry metrics;
    private final NotificationsConfig config;
    private final Tracer tracer;

    public ClaimEventsConsumer(MailQueue queue, MailSender sender, MeterRegistry metrics, NotificationsConfig config,
                               Tracer tracer) {
        this.tracer = tracer;
        this.queue = queue;
        this.sender = sender;
        this.metrics = metrics;
        this.config = config;
    }

    /**
     * One event at a time, in partition order. The work (database, templates) runs on the worker pool,
     * off the connector's context, which must never block. While the sent log's database is unavailable
     * the event is retried with back-off and its partition waits; any other failure dead-letters it.
     */
    @Incoming("claims-events")
    public Uni<Void> onEvent(ConsumerRecord<String, byte[]> record) {
        return Uni.createFrom().<Void>item(() -> {
                    Span span = consumeSpan(record);
                    try (Scope ignored = span.makeCurrent()) {
                        ClaimEvent event = codec.decode(record.value());
                        span.setAttribute("messaging.message.id", event.id().toString());
                        // Its own transaction, committed when it returns: only then may the mail be sent.
                        queue.record(event, record.value());
                        sender.wake(event.data().claimId());
                        return null;
                    } catch (RuntimeException e) {
                        span.recordException(e);
                        span.setStatus(StatusCode.ERROR, e.toString());
                        throw e;
                    } finally {
                        span.end();
                    }
                })
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onFailure(StoreUnavailable::causes).invoke(failure -> {
                    metrics.counter("notifications.events.store.retries").increment();
                    LOG.warnf("the sent log is unavailable; retrying the event: %s", rootMessage(failure));
                })
                .onFailure(StoreUnavailable::causes).retry()
                .withBackOff(config.consumer().initialBackoff(), config.consumer().maxBackoff()).indefinitely()
                // The connector dead-letters the event on this failure; count it, so a poison event shows in metrics.
                .onFailure().invoke(failure -> metrics.counter("notifications.events.dead.lettered",
                        "reason", failure.getClass().getSimpleName()).increment());
    }

    /**
     * The CONSUMER span of one attempt at an event, in the event's trace: a child of the relay's publish (the record's
     * {@code traceparent} header) or, on a record without it, of the work that wrote the event (the CloudEvent's own
     * {@code traceparent}); a trace of its own when neither is there.
     */
    private Span consumeSpan(ConsumerRecord<String, byte[]> record) {
        Optional<TraceContext> trace = TraceContexts.fromHeaders(name -> header(record, name));
        if (trace.isEmpty()) {
            try {
                trace = codec.traceContext(record.value());
            } catch (ClaimEventCodec.MalformedClaimEventException e) {
                // Not an event at all: decoding fails below and dead-letters it, in a trace of its own.
            }
        }
        return tracer.spanBuilder(ClaimEvent.TOPIC + " process")
                .setParent(TraceContexts.parentOf(trace))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", ClaimEvent.TOPIC)
                .setAttribute("messaging.consumer.group.name", "notification-service")
                .setAttribute("messaging.destination.partition.id", String.valueOf(record.partition()))
                .setAttribute("messaging.kafka.offset", record.offset())
                .startSpan();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
