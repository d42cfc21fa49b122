package com.kospet.warranty.notifications.delivery;

import com.kospet.warranty.notifications.config.NotificationsConfig;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.impl.VertxInternal;
import io.vertx.ext.mail.LoginOption;
import io.vertx.ext.mail.MailClient;
import io.vertx.ext.mail.MailConfig;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.MailResult;
import io.vertx.ext.mail.SMTPException;
import io.vertx.ext.mail.StartTLSOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.ConnectException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Hands one mail to the SMTP server and says how the attempt ended. Built on Vert.x's mail client directly
 * rather than Quarkus Mailer, whose blocking send stops waiting after its timeout while the exchange goes on
 * over the open connection: when a blackholed network came back, that exchange completed and the retry sent a
 * second copy. Here every mail gets a connection of its own (no kept-alive connection in an unknown state is
 * reused), a connection silent both ways for {@code notifications.smtp.reply-timeout} is closed, which fails the
 * attempt and ends the exchange for good, and a failure says whether the server may have accepted the mail all
 * the same.
 * <p>
 * Every exchange runs on one event loop of this transport's own. Vert.x's mail client opens a connection on the
 * event loop of the calling thread's context but starts reading the server's greeting on the context of the pooled
 * request; called from an ordinary thread those are two event loops, and a greeting that arrived before the second
 * one got round to listening was dropped: both sides then waited in silence until one of them gave up, 30 s later
 * on the test mail server. Calls made on one event-loop context open, greet and talk on that same loop.
 */
@ApplicationScoped
public class SmtpTransport {

    private final MailClient client;
    private final Context exchanges;
    private final String from;
    private final NotificationsConfig.Smtp limits;

    @Inject
    public SmtpTransport(Vertx vertx, NotificationsConfig config,
                         @ConfigProperty(name = "quarkus.mailer.host") String host,
                         @ConfigProperty(name = "quarkus.mailer.port") int port,
                         @ConfigProperty(name = "quarkus.mailer.from") String from,
                         @ConfigProperty(name = "quarkus.mailer.own-host-name") Optional<String> ownHostName,
                         @ConfigProperty(name = "quarkus.mailer.start-tls", defaultValue = "OPTIONAL") String startTls,
                         @ConfigProperty(name = "quarkus.mailer.tls", defaultValue = "false") boolean tls,
                         @ConfigProperty(name = "quarkus.mailer.username") Optional<String> username,
                         @ConfigProperty(name = "quarkus.mailer.password") Optional<String> password) {
        this(vertx, mailConfig(host, port, ownHostName, startTls, tls, username, password, config.smtp()), from, config.smtp());
    }

    SmtpTransport(Vertx vertx, MailConfig mail, String from, NotificationsConfig.Smtp limits) {
        this.from = from;
        this.limits = limits;
        this.exchanges = ((VertxInternal) vertx).createEventLoopContext();
        this.client = MailClient.create(vertx, mail);
    }

    private static MailConfig mailConfig(String host, int port, Optional<String> ownHostName, String startTls, boolean tls,
                                         Optional<String> username, Optional<String> password,
                                         NotificationsConfig.Smtp limits) {
        MailConfig mail = new MailConfig()
                .setHostname(host)
                .setPort(port)
                .setStarttls(StartTLSOptions.valueOf(startTls))
                .setSsl(tls)
                .setKeepAlive(false)
                .setLogin(username.isPresent() ? LoginOption.REQUIRED : LoginOption.NONE);
        ownHostName.ifPresent(mail::setOwnHostname);
        username.ifPresent(mail::setUsername);
        password.ifPresent(mail::setPassword);
        mail.setConnectTimeout(Math.toIntExact(limits.connectTimeout().toMillis()));
        mail.setIdleTimeout(Math.toIntExact(limits.replyTimeout().toMillis()));
        mail.setIdleTimeoutUnit(TimeUnit.MILLISECONDS);
        return mail;
    }

    /** One mail as it goes out: both bodies, and the Message-ID every attempt of it carries. */
    public record OutgoingMail(String to, String subject, String html, String text, MessageId messageId) {
    }

    /**
     * An attempt that did not end with the server accepting the mail. {@code mayHaveBeenAccepted} when the
     * connection was lost, reset or silent mid-exchange, or the attempt ran out of time: the server may have
     * taken the message before its answer was lost, and SMTP gives no way to ask.
     */
    public static final class AttemptFailed extends RuntimeException {
        private final boolean mayHaveBeenAccepted;

        AttemptFailed(Throwable cause, boolean mayHaveBeenAccepted) {
            super(cause);
            this.mayHaveBeenAccepted = mayHaveBeenAccepted;
        }

        public boolean mayHaveBeenAccepted() {
            return mayHaveBeenAccepted;
        }
    }

    /** Sends {@code mail}; returns once the server accepted it, throws {@link AttemptFailed} otherwise. */
    public void send(OutgoingMail mail) {
        MailMessage message = new MailMessage()
                .setFrom(from)
                .setTo(mail.to())
                .setSubject(mail.subject())
                .setHtml(mail.html())
                .setText(mail.text())
                .addHeader("Message-ID", mail.messageId().value());
        CompletableFuture<MailResult> sent = new CompletableFuture<>();
        exchanges.runOnContext(ignored -> {
            try {
                client.sendMail(message).onComplete(outcome -> {
                    if (outcome.succeeded()) {
                        sent.complete(outcome.result());
                    } else {
                        sent.completeExceptionally(outcome.cause());
                    }
                });
            } catch (RuntimeException e) {
                sent.completeExceptionally(new RefusedAsWritten(e));
            }
        });
        try {
            sent.get(limits.attemptTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AttemptFailed(new TimeoutException("no outcome within " + limits.attemptTimeout().toSeconds() + " s"), true);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RefusedAsWritten refused) {
                throw new AttemptFailed(refused.getCause(), false);
            }
            throw new AttemptFailed(e.getCause(), !surelyNotAccepted(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AttemptFailed(e, true);
        }
    }

    /** The mail client refused the message itself, before any connection was made: it cannot be sent as it is. */
    private static final class RefusedAsWritten extends RuntimeException {
        RefusedAsWritten(RuntimeException cause) {
            super(cause);
        }
    }

    /**
     * True when the server surely did not take the mail: no connection was made, or the server answered with an
     * error (an error reply to the end of the message is a refusal too). Anything else, a connection closed, reset
     * or gone silent, may have happened after the message was complete.
     */
    static boolean surelyNotAccepted(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof SMTPException) {
                return true;
            }
        }
        return false;
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
