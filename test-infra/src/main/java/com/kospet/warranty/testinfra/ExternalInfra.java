package com.kospet.warranty.testinfra;

import java.util.Optional;

/** Reads the environment variables that point the tests at external servers instead of embedded ones. */
final class ExternalInfra {

    private ExternalInfra() {
    }

    static Optional<String> variable(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
    }
}
