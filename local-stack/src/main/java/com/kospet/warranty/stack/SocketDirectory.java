package com.kospet.warranty.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where PostgreSQL puts its unix socket and the socket's lock file ({@code .s.PGSQL.<port>}, {@code .lock}).
 * Not the shared {@code /tmp} it defaults to: two stacks on one host, even in separate network namespaces with
 * the same port, would fight over that lock. The directory given is used when the socket's path fits a unix
 * socket address (107 bytes) and is safe to pass through {@code pg_ctl}'s shell; else a fresh private temporary
 * directory (short, and unique, so still not shared); failing that, no unix socket at all (clients here use TCP).
 *
 * @param path      the directory, or empty for no unix socket
 * @param temporary whether the directory was made for this server, to be deleted when it stops
 */
public record SocketDirectory(Optional<Path> path, boolean temporary) {

    /** A unix socket address holds 108 bytes, with the terminating NUL. */
    static final int MAX_SOCKET_PATH_BYTES = 107;
    /** pg_ctl hands the server's options to a shell; these characters need no quoting there or in the setting. */
    private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9/._+-]+");

    public static SocketDirectory choose(Path preferred, int port) throws IOException {
        Path directory = preferred.toAbsolutePath().normalize();
        if (usable(directory, port)) {
            return new SocketDirectory(Optional.of(directory), false);
        }
        Path temporary = Files.createTempDirectory("pg-");
        if (usable(temporary, port)) {
            return new SocketDirectory(Optional.of(temporary), true);
        }
        Files.delete(temporary);
        return new SocketDirectory(Optional.empty(), false);
    }

    static boolean usable(Path directory, int port) {
        String socket = directory + "/.s.PGSQL." + port;
        return socket.getBytes(StandardCharsets.UTF_8).length <= MAX_SOCKET_PATH_BYTES
                && SHELL_SAFE.matcher(directory.toString()).matches();
    }

    /** The value of PostgreSQL's {@code unix_socket_directories}. */
    public String setting() {
        return path.map(Path::toString).orElse("''");
    }

    /** Removes the directory if it was made for this server. */
    void release() throws IOException {
        if (temporary && path.isPresent()) {
            try (var files = Files.list(path.get())) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(path.get());
        }
    }
}
