package com.kospet.warranty.notifications.delivery;

import com.kospet.warranty.model.event.ClaimEvent;
import com.kospet.warranty.model.event.ClaimEventData;
import com.kospet.warranty.notifications.mail.MailComposer;
import com.kospet.warranty.notifications.mail.MailKind;
import com.kospet.warranty.notifications.persistence.SentMail;
import com.kospet.warranty.notifications.schedule.ReminderPlan;
import com.kospet.warranty.tracing.TraceContexts;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Records, in one transaction per event, every mail the event owes: its own mail now, the reminders and
 * alerts its deadlines call for later, and the cancellation of those that no longer apply. Keys are
 * unique, so a redelivered event records nothing new. {@link MailSender} delivers from here.
 */
@ApplicationScoped
public class MailQueue {

    private static final Logger LOG = Logger.getLogger(MailQueue.class);

    private final Clock clock;
    private final MailComposer composer;
    private final ReminderPlan reminders;
    private final MeterRegistry metrics;

    public MailQueue(Clock clock, MailComposer composer, ReminderPlan reminders, MeterRegistry metrics) {
        this.clock = clock;
        this.composer = composer;
        this.reminders = reminders;
        this.metrics = metrics;
    }

    @Transactional
    public void record(ClaimEvent event, byte[] payload) {
        Instant now = clock.instant();
        List<ReminderPlan.Planned> planned = reminders.plan(event);
        cancelWhatNoLongerApplies(event, planned);
        List<Owed> owed = new ArrayList<>();
        MailKind.forEvent(event.type()).ifPresent(kind -> owed.add(new Owed(event.id() + ":" + kind.key(), kind, now)));
        planned.forEach(reminder -> owed.add(new Owed(reminder.key(), reminder.kind(), reminder.dueAt())));
        if (owed.isEmpty()) {
            return;
        }
        // A redelivered event finds its mails recorded already: one look-up for all of them.
        Set<String> recorded = new HashSet<>(SentMail.recordedOf(owed.stream().map(Owed::key).toList()));
        for (Owed mail : owed) {
            if (!recorded.add(mail.key())) {
                LOG.debugf("mail %s already recorded; nothing to do", mail.key());
            } else {
                add(mail.key(), mail.kind(), event, payload, mail.dueAt(), now);
            }
        }
    }

    /** A mail the event owes: its unique key, its kind and when it is due. */
    private record Owed(String key, MailKind kind, Instant dueAt) {
    }

    private void cancelWhatNoLongerApplies(ClaimEvent event, List<ReminderPlan.Planned> planned) {
        Set<String> stillPlanned = planned.stream().map(ReminderPlan.Planned::key).collect(Collectors.toSet());
        for (SentMail waiting : SentMail.waitingOf(event.data().claimId(), event.time().toInstant())) {
            boolean scheduled = MailKind.ofKey(waiting.kind).map(MailKind::isScheduled).orElse(false);
            if (scheduled && !stillPlanned.contains(waiting.notificationKey)) {
                waiting.status = SentMail.Status.CANCELLED;
                waiting.nextAttemptAt = null;
                metrics.counter("notifications.mails.cancelled", "kind", waiting.kind).increment();
                LOG.infof("cancelled %s for claim %s: event %s (%s) moved the claim on", waiting.kind,
                        waiting.claimId, event.id(), event.type().type());
            }
        }
    }

    private void add(String key, MailKind kind, ClaimEvent event, byte[] payload, Instant dueAt, Instant now) {
        MailComposer.ComposedMail composed = composer.compose(kind, event);
        SentMail mail = new SentMail();
        mail.notificationKey = key;
        mail.eventId = event.id();
        mail.claimId = event.data().claimId();
        mail.customerId = Optional.ofNullable(event.data().customer()).map(ClaimEventData.Customer::id).orElse(null);
        mail.kind = kind.key();
        mail.recipient = composed.recipient();
        mail.subject = composed.mail().subject();
        mail.htmlBody = composed.mail().html();
        mail.textBody = composed.mail().text();
        mail.eventPayload = payload;
        mail.status = SentMail.Status.PENDING;
        mail.attempts = 0;
        mail.createdAt = now;
        mail.dueAt = dueAt;
        mail.nextAttemptAt = dueAt;
        mail.plannedByTime = event.time().toInstant();
        // The consumer's span (current here) when there is one, else the trace the event was written in.
        mail.traceContext(TraceContexts.current().or(event::traceContext));
        mail.persist();
        LOG.infof("%s for claim %s (event %s) due %s", kind.key(), mail.claimId, event.id(), dueAt);
    }
}
