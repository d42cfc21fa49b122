package com.kospet.warranty.stack;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceProcessTest {

    @ParameterizedTest
    @ValueSource(strings = {"claims-service", "policy-service", "notification-service"})
    void everyServiceEndsItsJvmWhenItRunsOutOfHeap(String service) {
        List<String> command = ServiceProcess.command(service, Path.of("target/quarkus-app/quarkus-run.jar"));

        assertThat(command).contains("-XX:+ExitOnOutOfMemoryError", "-Xmx384m");
        // JVM options count only before -jar; after it they would be the application's arguments.
        assertThat(command.indexOf("-XX:+ExitOnOutOfMemoryError")).isLessThan(command.indexOf("-jar"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"claims-service", "notification-service"})
    void aServicePackagedWithItsClassDataReadsItBeforeTheJar(String service) {
        List<String> command = ServiceProcess.command(service, Path.of("quarkus-run.jar"), true);

        assertThat(command).contains("-XX:SharedArchiveFile=app-cds.jsa");
        assertThat(command.indexOf("-XX:SharedArchiveFile=app-cds.jsa")).isLessThan(command.indexOf("-jar"));
        assertThat(ServiceProcess.command(service, Path.of("quarkus-run.jar"), false))
                .noneMatch(option -> option.startsWith("-XX:SharedArchiveFile"));
    }
}
