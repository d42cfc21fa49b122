package com.kospet.warranty.testinfra;

import com.kospet.warranty.stack.MailCatcher;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A real SMTP server (GreenMail) for a service's tests, whose accepted mail the test can read, or
 * the external server named by {@code SMTP_HOST} / {@code SMTP_PORT} (then {@link #mails()} is
 * not available: read that server's own mailbox).
 */
public class SmtpResource implements QuarkusTestResourceLifecycleManager {

    /** How long {@link #resume()} waits for the port to be free again. */
    private static final Duration RESUME_WITHIN = Duration.ofSeconds(10);
    private static volatile MailCatcher catcher;
    private static volatile int port;

    /** Every mail the test server accepted so far, oldest first. */
    public static List<MailCatcher.CaughtMail> mails() {
        MailCatcher current = catcher;
        if (current == null) {
            throw new IllegalStateException("no in-process SMTP server: the test does not use SmtpResource, or SMTP_HOST points elsewhere");
        }
        return current.messages();
    }

    /**
     * Stops the in-process SMTP server, so delivery fails as in an outage, until {@link #resume()}.
     * The mail it accepted so far is forgotten.
     */
    public static synchronized void pause() {
        if (catcher == null) {
            throw new IllegalStateException("no in-process SMTP server to pause");
        }
        catcher.close();
        catcher = null;
    }

    /** The port the service sends mail to (on 127.0.0.1). */
    public static int servicePort() {
        return port;
    }

    /**
     * Restarts the in-process SMTP server on a free port and returns that port, so a test can put something of
     * its own on {@link #servicePort()} between the service and the server, until {@link #resume()}.
     * The mail it accepted so far is forgotten.
     */
    public static synchronized int moveAside() {
        pause();
        try {
            catcher = MailCatcher.start(0, -1);
        } catch (Exception e) {
            throw new IllegalStateException("the SMTP test server did not start on a free port", e);
        }
        return catcher.smtpPort();
    }

    /**
     * Starts the in-process SMTP server again on the port it had, after {@link #pause()} or {@link #moveAside()}
     * (once whatever the test put on that port is closed).
     */
    public static synchronized void resume() {
        if (catcher != null && catcher.smtpPort() == port) {
            return;
        }
        if (catcher != null) {
            catcher.close();
            catcher = null;
        }
        // What the test had on the port may still be letting it go (a listening socket is released by the thread
        // that was accepting on it, once that thread wakes): try again for a while before giving up.
        long deadline = System.nanoTime() + RESUME_WITHIN.toNanos();
        while (true) {
            try {
                catcher = MailCatcher.start(port, -1);
                return;
            } catch (Exception e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the SMTP test server did not start again on port " + port
                            + " within " + RESUME_WITHIN, e);
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting the SMTP test server again", e);
            }
        }
    }

    @Override
    public Map<String, String> start() {
        Optional<String> externalHost = ExternalInfra.variable("SMTP_HOST");
        if (externalHost.isPresent()) {
            return Map.of("quarkus.mailer.host", externalHost.get(),
                    "quarkus.mailer.port", ExternalInfra.variable("SMTP_PORT").orElse("25"),
                    "quarkus.mailer.mock", "false");
        }
        try {
            catcher = MailCatcher.start(0, -1);
            port = catcher.smtpPort();
        } catch (Exception e) {
            throw new IllegalStateException("the SMTP test server did not start", e);
        }
        return Map.of("quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(catcher.smtpPort()),
                "quarkus.mailer.mock", "false");
    }

    @Override
    public void stop() {
        if (catcher != null) {
            catcher.close();
            catcher = null;
        }
    }
}
