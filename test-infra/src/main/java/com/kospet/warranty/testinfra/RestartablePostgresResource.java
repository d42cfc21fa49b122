package com.kospet.warranty.testinfra;

import com.kospet.warranty.stack.Ports;
import com.kospet.warranty.stack.PostgresServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
            thawDatabase();
            try {
                server.close();
            } catch (IOException e) {
                throw new IllegalStateException("embedded PostgreSQL did not stop", e);
            }
            server = null;
        }
    }

    /**
     * Freezes the server as a hung host or a stalled disk would: every PostgreSQL process is stopped with SIGSTOP,
     * so connections stay open and accept bytes, but nothing answers until {@link #thawDatabase()}.
     */
    public static synchronized void freezeDatabase() {
        signalServerProcesses("STOP");
    }

    /** Lets a frozen server run on (SIGCONT): it answers what it was sent while frozen. */
    public static synchronized void thawDatabase() {
        signalServerProcesses("CONT");
    }

    private static void signalServerProcesses(String signal) {
        if (server == null) {
            return;
        }
        long postmaster = postmasterPid();
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal, Long.toString(postmaster)));
        ProcessHandle.of(postmaster).ifPresent(process ->
                process.descendants().forEach(child -> command.add(Long.toString(child.pid()))));
        try {
            Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            // kill signals every process it still finds; a backend that ended between listing and signalling is
            // no failure (it has nothing left to stop or resume).
            if (kill.waitFor() != 0 && !onlyVanished(output)) {
                throw new IllegalStateException("kill -" + signal + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not signal PostgreSQL", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while signalling PostgreSQL", e);
        }
    }

    private static boolean onlyVanished(String killOutput) {
        return killOutput.lines().filter(line -> !line.isBlank()).allMatch(line -> line.contains("No such process"));
    }

    /** The first line of {@code postmaster.pid} is the server's process id. */
    private static long postmasterPid() {
        try {
            return Long.parseLong(Files.readAllLines(dataDirectory.resolve("data").resolve("postmaster.pid")).get(0).trim());
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL's process id is unreadable", e);
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
