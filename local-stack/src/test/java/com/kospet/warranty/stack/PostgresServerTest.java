package com.kospet.warranty.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The real embedded PostgreSQL: where its unix socket lands, and what is shown when it does not start. */
class PostgresServerTest {

    @TempDir
    Path work;

    @Test
    void aKeptClusterHasItsSocketInItsOwnDirectoryNotInTmp() throws Exception {
        Path cluster = work.resolve("postgres");
        try (PostgresServer server = PostgresServer.start(0, Optional.of(cluster), work.resolve("logs/postgres.log"))) {
            assertThat(server.socketDirectory()).contains(cluster.toAbsolutePath());
            assertThat(cluster.resolve(".s.PGSQL." + server.port())).exists();
            assertThat(cluster.resolve(".s.PGSQL." + server.port() + ".lock")).exists();
            assertThat(Path.of("/tmp/.s.PGSQL." + server.port())).doesNotExist();
        }
        assertThat(work.resolve("logs/postgres.log")).isNotEmptyFile();
    }

    @Test
    void aThrowAwayClusterKeepsDataSocketAndLogInOnePrivateDirectoryRemovedOnClose() throws Exception {
        Path directory;
        try (PostgresServer server = PostgresServer.start(0)) {
            directory = server.socketDirectory().orElseThrow();
            assertThat(directory.getFileName().toString()).startsWith("warranty-pg-");
            assertThat(directory.resolve(".s.PGSQL." + server.port())).exists();
            assertThat(directory.resolve("postgres.log")).exists();
            assertThat(Path.of("/tmp/.s.PGSQL." + server.port())).doesNotExist();
        }
        assertThat(directory).doesNotExist();
    }

    @Test
    void whenPostgresCannotStartItsOwnErrorIsShownNotOnlyThatWaitingGaveUp() throws Exception {
        Path cluster = work.resolve("postgres");
        Path log = work.resolve("postgres.log");
        PostgresServer.start(0, Optional.of(cluster), log).close();
        Files.writeString(cluster.resolve("postgresql.conf"), "\nthis is not a setting\n", StandardOpenOption.APPEND);

        assertThatThrownBy(() -> PostgresServer.start(0, cluster, true, log, null, Duration.ofSeconds(5)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PostgreSQL did not start")
                .hasMessageContaining(log.toAbsolutePath().toString())
                .hasMessageContaining("syntax error in file");
    }
}
