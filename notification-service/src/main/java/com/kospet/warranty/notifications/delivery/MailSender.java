package com.kospet.warranty.notifications.delivery;

import com.kospet.warranty.notifications.config.NotificationsConfig;
import com.kospet.warranty.notifications.persistence.SentMail;
import com.kospet.warranty.time.Backoff;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
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
import java.util.UUID;

/**
 * Delivers due mail from the sent log through SMTP, a few at a time. A mail is marked SENDING (with a
 * lease) before the SMTP exchange and SENT after it; a failed attempt is retried with exponential
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
    private static final String DUE = """
            select id from notifications.sent_log
            where status in ('PENDING', 'SENDING') and next_attempt_at <= ?1 and html_body is not null
            order by next_attempt_at, id limit ?2
            for update skip locked""";

    private final Clock clock;
    private final SmtpTransport smtp;
    private final NotificationsConfig config;
    private final MeterRegistry metrics;
    private final MutinyEmitter<byte[]> deadLetters;

    public MailSender(Clock clock, SmtpTransport smtp, NotificationsConfig config, MeterRegistry metrics,
                      @Channel("mail-dead-letters") MutinyEmitter<byte[]> deadLetters) {
        this.clock = clock;
        this.smtp = smtp;
        this.config = config;
        this.metrics = metrics;
        this.deadLetters = deadLetters;
    }

    /** What one attempt needs, read in the transaction that took the mail. */
    record Attempt(long id, UUID claimId, String kind, String recipient, String subject, String html, String text,
                   MessageId messageId, int attempts, byte[] eventPayload) {
    }

    @Scheduled(every = "${notifications.delivery.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void deliverDue() {
        List<Attempt> due = QuarkusTransaction.requiringNew().call(this::takeDue);
        due.forEach(this::attempt);
    }

    /** Marks the due mails SENDING under a lease, so no other pass or instance takes them meanwhile. */
    List<Attempt> takeDue() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Long> ids = SentMail.getEntityManager().createNativeQuery(DUE, Long.class)
                .setParameter(1, now)
                .setParameter(2, config.delivery().batchSize())
                .getResultList();
        List<Attempt> attempts = new ArrayList<>();
        for (Long id : ids) {
            SentMail mail = SentMail.findById(id);
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
                    mail.eventPayload));
        }
        return attempts;
    }

    private void attempt(Attempt attempt) {
        try {
            smtp.send(new SmtpTransport.OutgoingMail(attempt.recipient(), attempt.subject(), attempt.html(), attempt.text(),
                    attempt.messageId()));
        } catch (SmtpTransport.AttemptFailed e) {
            failed(attempt, e);
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            SentMail mail = SentMail.findById(attempt.id());
            mail.status = SentMail.Status.SENT;
            mail.sentAt = clock.instant();
            mail.nextAttemptAt = null;
        });
        metrics.counter("notifications.mails.sent", "kind", attempt.kind()).increment();
        LOG.infof("sent %s for claim %s (attempt %d)", attempt.kind(), attempt.claimId(), attempt.attempts());
    }

    private void failed(Attempt attempt, SmtpTransport.AttemptFailed e) {
        String reason = reason(e);
        boolean givenUp = attempt.attempts() >= config.delivery().maxAttempts();
        QuarkusTransaction.requiringNew().run(() -> {
            SentMail mail = SentMail.findById(attempt.id());
            mail.lastError = reason;
            if (givenUp) {
                mail.status = SentMail.Status.FAILED;
                mail.nextAttemptAt = null;
            } else {
                // SENDING: the outcome is unknown, and the next attempt is flagged when it is taken.
                mail.status = e.mayHaveBeenAccepted() ? SentMail.Status.SENDING : SentMail.Status.PENDING;
                mail.nextAttemptAt = clock.instant().plus(backoff(attempt.attempts()));
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
