package com.kospet.warranty.notifications.consumer;

import com.kospet.warranty.model.event.ClaimEvent;
import com.kospet.warranty.model.event.ClaimEventCodec;
import com.kospet.warranty.notifications.mail.ClaimMails;
import com.kospet.warranty.notifications.mail.MailDelivery;
import com.kospet.warranty.notifications.mail.MailKind;
import com.kospet.warranty.notifications.mail.RenderedMail;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads {@code claims.events} and sends what each event owes the customer. An event that cannot be
 * read throws, and the connector moves it to the dead-letter topic; the offset moves on only after
 * the outcome is recorded.
 */
@ApplicationScoped
public class ClaimEventsConsumer {

    private static final Logger LOG = Logger.getLogger(ClaimEventsConsumer.class);

    private final ClaimEventCodec codec = new ClaimEventCodec();
    private final MailDelivery delivery;

    public ClaimEventsConsumer(MailDelivery delivery) {
        this.delivery = delivery;
    }

    /**
     * One event at a time, in partition order. The work (database and SMTP) runs on the worker pool,
     * off the connector's context: the mail client schedules its own work on the caller's context,
     * and a handler blocking that context would wait on itself.
     */
    @Incoming("claims-events")
    public Uni<Void> onEvent(byte[] value) {
        return Uni.createFrom().<Void>item(() -> {
                    handle(codec.decode(value));
                    return null;
                })
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    void handle(ClaimEvent event) {
        MailKind.forEvent(event.type()).ifPresentOrElse(kind -> send(event, kind),
                () -> LOG.debugf("event %s (%s) owes no mail", event.id(), event.type().type()));
    }

    private void send(ClaimEvent event, MailKind kind) {
        String reference = reference(event);
        switch (kind) {
            case CLAIM_SUBMITTED -> delivery.deliver(event, kind, event.data().customer().email(),
                    RenderedMail.of("We received your request " + reference,
                            ClaimMails.claimSubmittedHtml(event.data(), reference),
                            ClaimMails.claimSubmittedText(event.data(), reference)));
        }
    }

    /** The short reference a customer quotes: the first block of the claim id, upper case. */
    static String reference(ClaimEvent event) {
        return event.data().claimId().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }
}
