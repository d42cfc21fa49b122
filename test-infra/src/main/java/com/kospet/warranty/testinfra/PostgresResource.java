package com.kospet.warranty.testinfra;

import com.kospet.warranty.stack.PostgresServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;
import java.util.Optional;

/**
 * A real PostgreSQL for a service's tests: a fresh embedded server, or the external one named by
 * {@code DB_URL} (with {@code DB_USER}, {@code DB_PASSWORD}). Services clean their schema at test
 * start, so an external server is reset too.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private PostgresServer server;

    @Override
    public Map<String, String> start() {
        Optional<String> external = ExternalInfra.variable("DB_URL");
        if (external.isPresent()) {
            return Map.of(
                    "quarkus.datasource.jdbc.url", external.get(),
                    "quarkus.datasource.username", ExternalInfra.variable("DB_USER").orElse(PostgresServer.USER),
                    "quarkus.datasource.password", ExternalInfra.variable("DB_PASSWORD").orElse(PostgresServer.PASSWORD));
        }
        try {
            // A private directory for data, unix socket and log: test runs beside each other share nothing in /tmp.
            server = PostgresServer.start(0);
            server.ensureDatabase("warranty");
        } catch (Exception e) {
            throw new IllegalStateException("embedded PostgreSQL did not start", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", server.jdbcUrl("warranty"),
                "quarkus.datasource.username", PostgresServer.USER,
                "quarkus.datasource.password", PostgresServer.PASSWORD);
    }

    @Override
    public void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (Exception e) {
                throw new IllegalStateException("embedded PostgreSQL did not stop", e);
            }
        }
    }
}
