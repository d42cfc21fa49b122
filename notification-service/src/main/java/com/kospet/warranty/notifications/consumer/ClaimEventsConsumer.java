package com.kospet.warranty.notifications.consumer;

import com.kospet.warranty.model.event.ClaimEvent;
import com.kospet.warranty.model.event.ClaimEventCodec;
import com.kospet.warranty.notifications.delivery.MailQueue;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code claims.events} and records what each event owes (its mail, reminders, alerts) in the
 * sent log. An event that cannot be read or owes a mail that cannot be written (no customer, unknown
 * type) throws, and the connector moves it to the dead-letter topic with the reason; the offset moves
 * on only after the event's mails are recorded, from where {@code MailSender} delivers them.
 */
@ApplicationScoped
public class ClaimEventsConsumer {

    private final ClaimEventCodec codec = new ClaimEventCodec();
    private final MailQueue queue;
    private final MeterRegistry metrics;

    public ClaimEventsConsumer(MailQueue queue, MeterRegistry metrics) {
        this.queue = queue;
        this.metrics = metrics;
    }

    /**
     * One event at a time, in partition order. The work (database, templates) runs on the worker pool,
     * off the connector's context, which must never block.
     */
    @Incoming("claims-events")
    public Uni<Void> onEvent(byte[] value) {
        return Uni.createFrom().<Void>item(() -> {
                    ClaimEvent event = codec.decode(value);
                    queue.record(event, value);
                    return null;
                })
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                // The connector dead-letters the event on this failure; count it, so a poison event shows in metrics.
                .onFailure().invoke(failure -> metrics.counter("notifications.events.dead.lettered",
                        "reason", failure.getClass().getSimpleName()).increment());
    }
}
