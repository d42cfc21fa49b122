package com.kospet.warranty.testinfra;

import java.nio.file.Files;
import java.nio.file.Path;

/** The root of this repository, found from the module a test runs in. */
public final class RepoRoot {

    private RepoRoot() {
    }

    public static Path find() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("policy-service"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("not inside the warranty repository: " + Path.of("").toAbsolutePath());
    }
}
