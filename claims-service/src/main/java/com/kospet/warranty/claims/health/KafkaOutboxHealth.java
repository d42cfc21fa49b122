package com.kospet.warranty.claims.health;

import com.kospet.warranty.claims.persistence.OutboxEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Reports how many events wait in the outbox. It never fails readiness: claims are accepted while
 * Kafka is down and published when it is back; the figure shows how far behind publication is.
 */
@Liveness
@ApplicationScoped
public class KafkaOutboxHealth implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        long pending = QuarkusTransaction.requiringNew().call(() -> OutboxEntity.count("publishedAt is null"));
        return HealthCheckResponse.named("outbox").up().withData("unpublished-events", pending).build();
    }
}
