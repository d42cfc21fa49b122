package com.kospet.warranty.claims.events;

import com.kospet.warranty.claims.config.ClaimsConfig;
import com.kospet.warranty.time.Backoff;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/**
 * Listens, on a PostgreSQL connection of its own, for the {@code NOTIFY} that {@link OutboxWriter} issues in every
 * transaction writing outbox rows; PostgreSQL delivers it to every listening instance when that transaction commits,
 * and this wakes the {@link OutboxRelay} at once. Whichever instance committed, the one that holds the relay's lock
 * hears it. While the connection is lost (the database restarts) it is opened again with back-off, and the relay is
 * woken on every (re)connect for what was committed meanwhile; the relay's poll covers the gap.
 */
@ApplicationScoped
public class OutboxWakeUps {

    /** The channel {@link OutboxWriter} notifies. */
    static final String CHANNEL = "claims_outbox";

    private static final Logger LOG = Logger.getLogger(OutboxWakeUps.class);
    /** How long one wait for notifications lasts before the loop checks whether it should stop. */
    private static final int LISTEN_MILLIS = 1_000;

    private final OutboxRelay relay;
    private final String url;
    private final Properties credentials = new Properties();
    private final Backoff reconnect;
    private volatile boolean running;
    private Thread listener;

    public OutboxWakeUps(OutboxRelay relay, ClaimsConfig config,
                         @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                         @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
                         @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.relay = relay;
        this.url = url;
        username.ifPresent(user -> credentials.setProperty("user", user));
        password.ifPresent(secret -> credentials.setProperty("password", secret));
        credentials.setProperty("connectTimeout", "3");
        credentials.setProperty("tcpKeepAlive", "true");
        credentials.setProperty("ApplicationName", "claims-outbox-wake-ups");
        this.reconnect = new Backoff(config.outbox().initialBackoff(), config.outbox().maxBackoff());
    }

    void start(@Observes StartupEvent startup) {
        running = true;
        listener = new Thread(this::listen, "outbox-wake-ups");
        listener.setDaemon(true);
        listener.start();
    }

    private void listen() {
        int failuresInARow = 0;
        while (running) {
            try (Connection connection = new org.postgresql.Driver().connect(url, credentials)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                failuresInARow = 0;
                relay.wake();
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(LISTEN_MILLIS);
                    if (received != null && received.length > 0) {
                        relay.wake();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                failuresInARow++;
                Duration wait = reconnect.after(failuresInARow);
                LOG.warnf("not listening for outbox commits (the relay still polls); listening again in %d ms: %s",
                        wait.toMillis(), e.toString());
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        if (listener != null) {
            listener.interrupt();
            listener.join(LISTEN_MILLIS + 2_000);
        }
    }
}
