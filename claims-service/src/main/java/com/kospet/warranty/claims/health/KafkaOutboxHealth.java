package com.kospet.warranty.claims.health;

import com.kospet.warranty.claims.persistence.OutboxEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports how many events wait in the outbox. Kafka being down never fails it: claims are accepted while
 * Kafka is down and published when it is back; the figure shows how far behind publication is. It reads the
 * database, so it is a readiness check: with PostgreSQL away the instance takes no traffic, but it is not
 * restarted, which would not bring the database back (liveness depends on nothing outside the process).
 */
@Readiness
@ApplicationScoped
public class KafkaOutboxHealth implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        long pending = QuarkusTransaction.requiringNew().call(() -> OutboxEntity.count("publishedAt is null"));
        return HealthCheckResponse.named("outbox").up().withData("unpublished-events", pending).build();
    }
}
