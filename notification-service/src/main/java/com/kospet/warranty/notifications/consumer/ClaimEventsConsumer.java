package com.kospet.warranty.notifications.consumer;

import com.kospet.warranty.model.event.ClaimEvent;
import com.kospet.warranty.model.event.ClaimEventCodec;
import com.kospet.warranty.notifications.config.NotificationsConfig;
import com.kospet.warranty.notifications.delivery.MailQueue;
import com.kospet.warranty.notifications.delivery.MailSender;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads {@code claims.events} and records what each event owes (its mail, reminders, alerts) in the
 * sent log. An event that cannot be read or owes a mail that cannot be written (no customer, unknown
 * type) throws, and the connector moves it to the dead-letter topic with the reason; the offset moves
 * on only after the event's mails are recorded, from where {@link MailSender} delivers them: once the record
 * is committed, the sender is handed the claim, and its mail due now goes out at once.
 */
@ApplicationScoped
public class ClaimEventsConsumer {

    private static final Logger LOG = Logger.getLogger(ClaimEventsConsumer.class);

    private final ClaimEventCodec codec = new ClaimEventCodec();
    private final MailQueue queue;
    private final MailSender sender;
    private final MeterRegistry metrics;
    private final NotificationsConfig config;

    public ClaimEventsConsumer(MailQueue queue, MailSender sender, MeterRegistry metrics, NotificationsConfig config) {
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
    public Uni<Void> onEvent(byte[] value) {
        return Uni.createFrom().<Void>item(() -> {
                    ClaimEvent event = codec.decode(value);
                    // Its own transaction, committed when it returns: only then may the mail be sent.
                    queue.record(event, value);
                    sender.wake(event.data().claimId());
                    return null;
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

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
