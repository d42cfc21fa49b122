package com.kospet.warranty.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server from the binaries shipped in a Maven jar. With a data directory the
 * cluster is kept between starts (claims survive a restart); without one it is thrown away. Its unix
 * socket lives beside its data (see {@link SocketDirectory}), never in the shared {@code /tmp}, and its
 * own output goes to a log file, whose end is shown when it does not start.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final int LOG_LINES_SHOWN = 30;

    private final EmbeddedPostgres postgres;
    private final SocketDirectory socketDirectory;
    private final Optional<Path> scratch;

    private PostgresServer(EmbeddedPostgres postgres, SocketDirectory socketDirectory, Optional<Path> scratch) {
        this.postgres = postgres;
        this.socketDirectory = socketDirectory;
        this.scratch = scratch;
    }

    /**
     * A throw-away cluster whose data, socket and log share one private temporary directory, removed on close.
     *
     * @param port fixed port, or 0 for any free one
     */
    public static PostgresServer start(int port) throws IOException {
        Path scratch = Files.createTempDirectory("warranty-pg-");
        return start(port, scratch.resolve("data"), false, scratch.resolve("postgres.log"), scratch, STARTUP_WAIT);
    }

    /**
     * @param port     fixed port, or 0 for any free one
     * @param dataDir  where the cluster lives between starts (its socket too); empty for a throw-away cluster
     * @param logFile  where PostgreSQL's own output goes (appended)
     */
    public static PostgresServer start(int port, Optional<Path> dataDir, Path logFile) throws IOException {
        if (dataDir.isPresent()) {
            return start(port, dataDir.get(), true, logFile, null, STARTUP_WAIT);
        }
        Path scratch = Files.createTempDirectory("warranty-pg-");
        return start(port, scratch.resolve("data"), false, logFile, scratch, STARTUP_WAIT);
    }

    static PostgresServer start(int port, Path dataDir, boolean keep, Path logFile, Path scratch, Duration startupWait)
            throws IOException {
        int actualPort = Ports.orAnyFree(port);
        Files.createDirectories(dataDir);
        Files.createDirectories(logFile.toAbsolutePath().getParent());
        SocketDirectory socketDirectory = SocketDirectory.choose(scratch != null ? scratch : dataDir, actualPort);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(actualPort)
                .setPGStartupWait(startupWait)
                .setServerConfig("max_connections", "200")
                .setServerConfig("unix_socket_directories", socketDirectory.setting())
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(!keep)
                .setOutputRedirector(Redirect.appendTo(logFile.toFile()))
                .setErrorRedirector(Redirect.appendTo(logFile.toFile()));
        try {
            return new PostgresServer(builder.start(), socketDirectory, Optional.ofNullable(scratch));
        } catch (IOException | RuntimeException e) {
            socketDirectory.release();
            throw new IllegalStateException("PostgreSQL did not start (" + e.getMessage() + "). The end of its log, "
                    + logFile.toAbsolutePath() + ":\n" + tail(logFile), e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    /** The directory of the server's unix socket, if it has one. */
    public Optional<Path> socketDirectory() {
        return socketDirectory.path();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** Creates {@code database} unless it exists already. */
    public void ensureDatabase(String database) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + database.replace("'", "''") + "'")) {
                if (rows.next()) {
                    return;
                }
            }
            statement.execute("create database \"" + database.replace("\"", "") + "\"");
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
        socketDirectory.release();
        if (scratch.isPresent()) {
            deleteRecursively(scratch.get());
        }
    }

    private static String tail(Path logFile) {
        try {
            List<String> lines = new String(Files.readAllBytes(logFile), StandardCharsets.UTF_8).lines().toList();
            List<String> last = lines.subList(Math.max(0, lines.size() - LOG_LINES_SHOWN), lines.size());
            return last.isEmpty() ? "  (empty)" : "  " + String.join("\n  ", last);
        } catch (IOException e) {
            return "  (unreadable: " + e.getMessage() + ")";
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
