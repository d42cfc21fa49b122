package com.kospet.warranty.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SocketDirectoryTest {

    @TempDir
    Path work;

    @Test
    void theStacksOwnDirectoryIsUsedWhenTheSocketPathFits() throws Exception {
        Path postgres = work.resolve("postgres");

        SocketDirectory chosen = SocketDirectory.choose(postgres, 15432);

        assertThat(chosen.path()).contains(postgres.toAbsolutePath());
        assertThat(chosen.temporary()).isFalse();
        assertThat(chosen.setting()).isEqualTo(postgres.toAbsolutePath().toString());
    }

    @Test
    void aDirectoryTooDeepForAUnixSocketAddressFallsBackToAPrivateTemporaryOne() throws Exception {
        Path deep = work.resolve("a".repeat(60)).resolve("b".repeat(60));

        SocketDirectory chosen = SocketDirectory.choose(deep, 15432);

        assertThat(chosen.temporary()).isTrue();
        Path fallback = chosen.path().orElseThrow();
        assertThat(fallback).isNotEqualTo(Path.of(System.getProperty("java.io.tmpdir")));
        assertThat((fallback + "/.s.PGSQL.15432").length()).isLessThanOrEqualTo(SocketDirectory.MAX_SOCKET_PATH_BYTES);
        chosen.release();
        assertThat(fallback).doesNotExist();
    }

    @Test
    void aDirectoryTheShellWouldSplitFallsBackToAPrivateTemporaryOne() throws Exception {
        SocketDirectory chosen = SocketDirectory.choose(work.resolve("my stack"), 15432);

        assertThat(chosen.temporary()).isTrue();
        chosen.release();
    }

    @Test
    void theLimitIsTheSocketPathNotTheDirectory() {
        Path exact = Path.of("/" + "d".repeat(SocketDirectory.MAX_SOCKET_PATH_BYTES - "/.s.PGSQL.15432".length() - 1));

        assertThat(SocketDirectory.usable(exact, 15432)).isTrue();
        assertThat(SocketDirectory.usable(exact.resolveSibling(exact.getFileName() + "d"), 15432)).isFalse();
    }
}
