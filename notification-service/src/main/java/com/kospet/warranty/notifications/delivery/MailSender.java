package com.kospet.warranty.notifications.delivery;

import com.kospet.warranty.model.event.TraceContext;
import com.kospet.warranty.notifications.config.NotificationsConfig;
import com.kospet.warranty.notifications.persistence.SentMail;
import com.kospet.warranty.time.Backoff;
import com.kospet.warranty.tracing.TraceContexts;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Delivers due mail from the sent log through SMTP. A claim's mail goes out as soon as the event that owes it is
 * recorded ({@link #wake(UUID)}, called after that commit); a poll every {@code notifications.delivery.poll-interval}
 * delivers what no wake-up covered: reminders coming due, mail left by a restart, a retry whose wake-up was lost (a
 * failed attempt wakes its claim again when its back-off ends). A poll pass drains
 * everything due, {@code batch-size} mails at a time. Mails of different claims go out concurrently (up to
 * {@code notifications.delivery.concurrency}); a claim's mails go one after another, in the order they fell due:
 * only the head of a claim's line (no earlier unsent mail of the claim) is ever taken, by any pass or instance, and
 * rows are taken under {@code for update skip locked}, so two instances never take the same mail.
 * <p>
 * A mail is marked SENDING (with a lease) before the SMTP exchange and SENT after it; a failed attempt is retried with exponential
 * back-off; after the configured attempts the mail is FAILED and its event goes to the dead-letter topic
 * with the reason. A mail whose last attempt may have been accepted stays SENDING until it is tried again,
 * and that attempt is flagged possibly duplicate: either the attempt failed ambiguously (timeout, connection
 * lost mid-exchange, see {@link SmtpTransport}), or the row was found again after its lease because the
 * service stopped between SMTP and the record of the outcome (see README). Every attempt carries the same
 * Message-ID, so receivers can recognise a second copy.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);
    /** Due mails no earlier mail of their claim waits before (an earlier one still unsent holds its claim's line). */
    private static final String HEADS = """
            select s.* from notifications.sent_log s
            where s.status in ('PENDING', 'SENDING') and s.next_attempt_at <= ?1 and s.html_body is not null
              and not exists (select 1 from notifications.sent_log e
                              where e.claim_id = s.claim_id and e.status in ('PENDING', 'SENDING')
                                and e.html_body is not null and (e.due_at, e.id) < (s.due_at, s.id))
            """;
    static final String DUE = HEADS + """
            order by s.next_attempt_at, s.id limit ?2
            for update of s skip locked""";
    static final String DUE_OF_CLAIM = HEADS + """
              and s.claim_id = ?2
            for update of s skip locked""";

    private final Clock clock;
    private final SmtpTransport smtp;
    private final NotificationsConfig config;
    private final MeterRegistry metrics;
    private final MutinyEmitter<byte[]> deadLetters;
    private final Tracer tracer;
    /** Runs the SMTP exchanges (which block their thread until the server answers), never on an event loop. */
    private final ExecutorService senders;
    /** Wakes a claim's line when a failed attempt's back-off ends, so a retry does not wait for the next poll. */
    private final ScheduledExecutorService retries;

    public MailSender(Clock clock, SmtpTransport smtp, NotificationsConfig config, MeterRegistry metrics, Tracer tracer,
                      @Channel("mail-dead-letters") MutinyEmitter<byte[]> deadLetters) {
        this.tracer = tracer;
        this.clock = clock;
        this.smtp = smtp;
        this.config = config;
        this.metrics = metrics;
        this.deadLetters = deadLetters;
        this.retries = Executors.newSingleThreadScheduledExecutor(daemonThreads(n -> "mail-retry-timer"));
        this.senders = Executors.newFixedThreadPool(config.delivery().concurrency(), daemonThreads(n -> "mail-sender-" + n));
    }

    /** Daemon threads named by their number (1, 2, ...): they never hold the JVM up, {@link #stop} ends their work. */
    private static ThreadFactory daemonThreads(IntFunction<String> name) {
        AtomicInteger threads = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name.apply(threads.incrementAndGet()));
            thread.setDaemon(true);
            return thread;
        };
    }

    /** What one attempt needs, read in the transaction that took the mail. */
    record Attempt(long id, UUID claimId, String kind, String recipient, String subject, String html, String text,
                   MessageId messageId, int attempts, byte[] eventPayload, Optional<TraceContext> trace) {
    }

    /**
     * Sends the claim's due mail now, one after another, in the background; called once the event that owes it is
     * recorded. Never blocks the caller. Finds nothing when the claim's next mail is already being sent (that
     * sender goes on to the following one) or not due yet.
     */
    public void wake(UUID claimId) {
        try {
            senders.execute(() -> deliverDueOf(claimId));
        } catch (RejectedExecutionException e) {
            // Shutting down: the mail stays PENDING and the next start's poll sends it.
            LOG.debugf("not sending mail of claim %s now: shutting down", claimId);
        }
    }

    private void deliverDueOf(UUID claimId) {
        try {
            List<Attempt> next = QuarkusTransaction.requiringNew().call(() -> take(DUE_OF_CLAIM, claimId));
            // At most one: the head of the claim's line; its success wakes the claim again for the next.
            next.forEach(this::attemptThenNext);
        } catch (RuntimeException e) {
            LOG.warnf("could not send the due mail of claim %s now (the poll will): %s", claimId, e.toString());
        }
    }

    @Scheduled(every = "${notifications.delivery.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void deliverDue() {
        int batchSize = config.delivery().batchSize();
        List<Attempt> due;
        do {
            due = QuarkusTransaction.requiringNew().call(() -> take(DUE, batchSize));
            // One mail per claim in a batch (heads only), so the whole batch may go at once.
            List<Future<?>> sending = new ArrayList<>();
            for (Attempt attempt : due) {
                sending.add(senders.submit(() -> attemptThenNext(attempt)));
            }
            for (Future<?> sent : sending) {
                try {
                    sent.get();
                } catch (ExecutionException e) {
                    LOG.warnf("a mail of this pass could not be finished (it is sent again after its lease): %s",
                            e.getCause().toString());
                } catch (InterruptedException e) {
                    // Stopping: what was taken and not finished is sent again after its lease.
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        } while (due.size() == batchSize);
    }

    private void attemptThenNext(Attempt attempt) {
        if (attempt(attempt)) {
            // The claim's line moved: its next mail, if due, goes now rather than at the next poll.
            deliverDueOf(attempt.claimId());
        }
    }

    /**
     * Marks the due mails the query finds SENDING under a lease, so no other pass or instance takes them meanwhile.
     * {@code narrowing} is the query's second parameter: the batch size, or the claim.
     */
    List<Attempt> take(String query, Object narrowing) {
        Instant now = clock.instant();
        // The rows themselves, locked, in one statement (no read of each by id after it). Typed with the entity: Hibernate
        // caches that plan; typed with a basic class (Long.class) it would key the plan by a result mapping no later
        // call's equals, adding one more plan of this query to its cache per pass (MailTakingQueryPlanTest).
        @SuppressWarnings("unchecked")
        List<SentMail> due = SentMail.getEntityManager().createNativeQuery(query, SentMail.class)
                .setParameter(1, now)
                .setParameter(2, narrowing)
                .getResultList();
        List<Attempt> attempts = new ArrayList<>();
        for (SentMail mail : due) {
            if (mail.status == SentMail.Status.SENDING) {
                // The last attempt's outcome is unknown (lost to a timeout, a dropped connection or a crash):
                // SMTP may have accepted it.
                mail.possiblyDuplicate = true;
                metrics.counter("notifications.mails.possible.duplicates", "kind", mail.kind).increment();
                LOG.warnf("%s for claim %s: the outcome of attempt %d is unknown; sending again, flagged possibly duplicate",
                        mail.kind, mail.claimId, mail.attempts);
            }
            mail.status = SentMail.Status.SENDING;
            mail.attempts++;
            mail.nextAttemptAt = now.plus(config.delivery().lease());
            attempts.add(new Attempt(mail.id, mail.claimId, mail.kind, mail.recipient, mail.subject, mail.htmlBody,
                    mail.textBody, MessageId.of(mail.notificationKey, config.smtp().messageIdDomain()), mail.attempts,
                    mail.eventPayload, mail.traceContext()));
        }
        return attempts;
    }

    /** One SMTP attempt and the record of its outcome; answers whether the mail is sent. */
    private boolean attempt(Attempt attempt) {
        // The SMTP exchange is a span in the trace the mail was recorded in, however much later it goes out.
        Span span = tracer.spanBuilder("smtp send")
                .setParent(TraceContexts.parentOf(attempt.trace()))
                .setSpanKind(SpanKind.CLIENT)
                .setAttribute("notification.kind", attempt.kind())
                .setAttribute("notification.claim_id", attempt.claimId().toString())
                .setAttribute("notification.attempt", attempt.attempts())
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return sendAndRecord(attempt, span);
        } finally {
            span.end();
        }
    }

    private boolean sendAndRecord(Attempt attempt, Span span) {
        try {
            smtp.send(new SmtpTransport.OutgoingMail(attempt.recipient(), attempt.subject(), attempt.html(), attempt.text(),
                    attempt.messageId()));
        } catch (SmtpTransport.AttemptFailed e) {
            span.setStatus(StatusCode.ERROR, reason(e));
            failed(attempt, e);
            return false;
        }
        // One update, no read first: the row is this attempt's (SENDING, under its lease) and only these columns change.
        QuarkusTransaction.requiringNew().run(() -> SentMail.update(
                "status = ?1, sentAt = ?2, nextAttemptAt = null where id = ?3",
                SentMail.Status.SENT, clock.instant(), attempt.id()));
        metrics.counter("notifications.mails.sent", "kind", attempt.kind()).increment();
        LOG.infof("sent %s for claim %s (attempt %d)", attempt.kind(), attempt.claimId(), attempt.attempts());
        return true;
    }

    private void failed(Attempt attempt, SmtpTransport.AttemptFailed e) {
        String reason = reason(e);
        boolean givenUp = attempt.attempts() >= config.delivery().maxAttempts();
        Duration wait = backoff(attempt.attempts());
        QuarkusTransaction.requiringNew().run(() -> {
            SentMail mail = SentMail.findById(attempt.id());
            mail.lastError = reason;
            if (givenUp) {
                mail.status = SentMail.Status.FAILED;
                mail.nextAttemptAt = null;
            } else {
                // SENDING: the outcome is unknown, and the next attempt is flagged when it is taken.
                mail.status = e.mayHaveBeenAccepted() ? SentMail.Status.SENDING : SentMail.Status.PENDING;
                mail.nextAttemptAt = clock.instant().plus(wait);
            }
        });
        metrics.counter("notifications.mails.attempts.failed", "kind", attempt.kind()).increment();
        if (givenUp) {
            metrics.counter("notifications.mails.dead.lettered", "kind", attempt.kind()).increment();
            LOG.errorf("gave up %s for claim %s after %d attempts: %s", attempt.kind(), attempt.claimId(), attempt.attempts(), reason);
            deadLetter(attempt, reason);
        } else {
            LOG.warnf("attempt %d of %s for claim %s failed%s, retrying: %s", attempt.attempts(), attempt.kind(), attempt.claimId(),
                    e.mayHaveBeenAccepted() ? " (the server may have accepted it)" : "", reason);
            retryAfter(attempt.claimId(), wait);
        }
    }

    /** Tries the claim's line again once {@code backoff} has passed; the poll stays the safety net if this is lost. */
    private void retryAfter(UUID claimId, Duration backoff) {
        try {
            retries.schedule(() -> wake(claimId), backoff.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debugf("not scheduling the retry of claim %s: shutting down", claimId);
        }
    }

    /** Exponential: the initial back-off after the first failure, doubled per further failure, capped. */
    Duration backoff(int failedAttempts) {
        return new Backoff(config.delivery().initialBackoff(), config.delivery().maxBackoff()).after(failedAttempts);
    }

    private void deadLetter(Attempt attempt, String reason) {
        if (attempt.eventPayload() == null) {
            return;
        }
        RecordHeaders headers = new RecordHeaders();
        headers.add("dead-letter-reason", ("mail " + attempt.kind() + " not delivered after " + attempt.attempts()
                + " attempts: " + reason).getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-topic", "claims.events".getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-mail", attempt.kind().getBytes(StandardCharsets.UTF_8));
        try {
            deadLetters.sendMessageAndAwait(Message.of(attempt.eventPayload()).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                    .withKey(attempt.claimId().toString()).withHeaders(headers).build()));
        } catch (RuntimeException e) {
            LOG.errorf("could not dead-letter %s for claim %s: %s", attempt.kind(), attempt.claimId(), e.getMessage());
        }
    }

    /** Stops sending on shutdown, while the database is still there to record the outcomes. */
    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        retries.shutdownNow();
        senders.shutdown();
        // An exchange under way ends within the attempt timeout; one cut short stays SENDING and is retried, flagged.
        senders.awaitTermination(config.smtp().attemptTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The SMTP error, without the addresses it may quote. */
    private static String reason(RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getClass().getSimpleName() + ": " + root.getMessage();
        message = message.replaceAll("[^\\s<>@]+@[^\\s<>@]+", "***");
        return message.length() > 1000 ? message.substring(0, 1000) : message;
    }
}
