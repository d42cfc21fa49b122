package com.kospet.warranty.testinfra;

import com.kospet.warranty.stack.Ports;
import com.kospet.warranty.stack.PostgresServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A real PostgreSQL that a test can stop and start again, for outages: an embedded server always on the same
 * port with the same data directory, so the service's connection pool reconnects to it and finds its schema.
 * Not replaced by an external server: a test cannot stop that one.
 */
public class RestartablePostgresResource implements QuarkusTestResourceLifecycleManager {

    private static int port;
    private static Path dataDirectory;
    private static PostgresServer server;

    /**
     * Where the server listens, fixed before it starts: a test profile gives this to the service as its
     * configuration, which wins over the URL of the shared server every test of the run also starts.
     */
    public static synchronized String jdbcUrl() {
        if (port == 0) {
            port = Ports.anyFree();
        }
        return "jdbc:postgresql://localhost:" + port + "/warranty";
    }

    /** Stops the server as an outage would: its clients see connections refused. */
    public static synchronized void stopDatabase() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                throw new IllegalStateException("embedded PostgreSQL did not stop", e);
            }
            server = null;
        }
    }

    /** Starts the server again on its port with its data; returns once it accepts connections. */
    public static synchronized void startDatabase() {
        if (server != null) {
            return;
        }
        try {
            server = PostgresServer.start(port, Optional.of(dataDirectory.resolve("data")), dataDirectory.resolve("postgres.log"));
            server.ensureDatabase("warranty");
        } catch (Exception e) {
            throw new IllegalStateException("embedded PostgreSQL did not start in " + dataDirectory, e);
        }
    }

    @Override
    public Map<String, String> start() {
        synchronized (RestartablePostgresResource.class) {
            try {
                dataDirectory = Files.createTempDirectory("restartable-postgres");
            } catch (IOException e) {
                throw new IllegalStateException("no directory for PostgreSQL", e);
            }
            jdbcUrl();
            startDatabase();
            return Map.of(
                    "quarkus.datasource.jdbc.url", jdbcUrl(),
                    "quarkus.datasource.username", PostgresServer.USER,
                    "quarkus.datasource.password", PostgresServer.PASSWORD);
        }
    }

    @Override
    public void stop() {
        stopDatabase();
        synchronized (RestartablePostgresResource.class) {
            try (var files = Files.walk(dataDirectory)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new IllegalStateException("PostgreSQL's directory could not be removed: " + dataDirectory, e);
            }
        }
    }
}
