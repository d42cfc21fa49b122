package com.kospet.warranty.notifications.mail;

import com.kospet.warranty.model.event.ClaimEvent;
import com.kospet.warranty.notifications.persistence.SentMail;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.Optional;

/**
 * Sends one mail at most once: the sent log row is written before the SMTP exchange and marked
 * sent after it, so a redelivered event that finds its row SENT sends nothing.
 */
@ApplicationScoped
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class);

    private final Clock clock;
    private final Mailer mailer;

    public MailDelivery(Clock clock, Mailer mailer) {
        this.clock = clock;
        this.mailer = mailer;
    }

    public void deliver(ClaimEvent event, MailKind kind, String recipient, RenderedMail mail) {
        String key = event.id() + ":" + kind.key();
        Optional<Long> row = QuarkusTransaction.requiringNew().call(() -> reserve(key, event, kind, recipient, mail.subject()));
        if (row.isEmpty()) {
            LOG.debugf("mail %s already sent; nothing to do", key);
            return;
        }
        try {
            mailer.send(Mail.withHtml(recipient, mail.subject(), mail.html()).setText(mail.text()));
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> failed(row.get(), e));
            throw e;
        }
        QuarkusTransaction.requiringNew().run(() -> sent(row.get()));
        LOG.infof("sent %s for claim %s (event %s)", kind.key(), event.data().claimId(), event.id());
    }

    /** The row to send under, or empty when the mail already went out. */
    private Optional<Long> reserve(String key, ClaimEvent event, MailKind kind, String recipient, String subject) {
        Optional<SentMail> existing = SentMail.byKey(key);
        if (existing.isPresent()) {
            SentMail mail = existing.get();
            mail.attempts++;
            return mail.status == SentMail.Status.SENT ? Optional.empty() : Optional.of(mail.id);
        }
        SentMail mail = new SentMail();
        mail.notificationKey = key;
        mail.eventId = event.id();
        mail.claimId = event.data().claimId();
        mail.kind = kind.key();
        mail.recipient = recipient;
        mail.subject = subject;
        mail.status = SentMail.Status.PENDING;
        mail.attempts = 1;
        mail.createdAt = clock.instant();
        mail.persist();
        return Optional.of(mail.id);
    }

    private void sent(long id) {
        SentMail mail = SentMail.findById(id);
        mail.status = SentMail.Status.SENT;
        mail.sentAt = clock.instant();
        mail.lastError = null;
    }

    private void failed(long id, RuntimeException e) {
        SentMail mail = SentMail.findById(id);
        mail.status = SentMail.Status.FAILED;
        String error = String.valueOf(e.getMessage());
        mail.lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
    }
}
