package com.kospet.warranty.topics;

import com.kospet.warranty.time.Backoff;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Provisions a service's topics on a thread of its own, trying again after a back-off until Kafka answers, so that a
 * service starts and serves while Kafka is away (claims-service keeps accepting claims into its outbox); its producers
 * and consumers wait for the topics as they wait for the broker.
 */
public final class TopicProvisioning implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TopicProvisioning.class);
    /** How long one question to Kafka may take before the pass fails and is tried again. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final Admin admin;
    private final TopicProvisioner provisioner;
    private final List<String> names;
    private final Backoff backoff;
    private final Thread thread;
    private volatile TopicProvisioner.Outcome outcome;

    private TopicProvisioning(Admin admin, List<String> names, TopicSettings settings, Backoff backoff, String clientId) {
        this.admin = admin;
        this.provisioner = new TopicProvisioner(admin, settings, REQUEST_TIMEOUT);
        this.names = names;
        this.backoff = backoff;
        this.thread = new Thread(this::run, clientId);
        this.thread.setDaemon(true);
    }

    /**
     * Starts provisioning {@code names} on the brokers at {@code bootstrapServers}; returns at once.
     *
     * @param clientId names the Admin client in the brokers' logs and the thread here
     */
    public static TopicProvisioning start(String bootstrapServers, Collection<String> names, TopicSettings settings,
                                          Backoff backoff, String clientId) {
        Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, clientId,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) REQUEST_TIMEOUT.toMillis(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) REQUEST_TIMEOUT.toMillis()));
        TopicProvisioning provisioning = new TopicProvisioning(admin, List.copyOf(names), settings, backoff, clientId);
        provisioning.thread.start();
        return provisioning;
    }

    /** What the successful pass found and did; empty until one succeeded. */
    public Optional<TopicProvisioner.Outcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    private void run() {
        int failures = 0;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                TopicProvisioner.Outcome done = provisioner.ensure(names);
                report(done);
                outcome = done;
                admin.close(Duration.ofSeconds(5));
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                failures++;
                Duration wait = backoff.after(failures);
                LOG.warnf("Kafka topics %s not provisioned yet (attempt %d), trying again in %d ms: %s",
                        names, failures, wait.toMillis(), e.getCause() != null ? e.getCause() : e);
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    private static void report(TopicProvisioner.Outcome done) {
        if (!done.created().isEmpty()) {
            LOG.infof("created Kafka topics %s", done.created());
        }
        for (String topic : done.fewerPartitions()) {
            LOG.warnf("Kafka topic %s has fewer partitions than configured; left as it is (adding partitions moves "
                    + "keys, so it is an operator's decision)", topic);
        }
    }

    /** Stops trying (a pass under way is abandoned) and closes the Admin client. */
    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        admin.close(Duration.ofSeconds(2));
    }
}
