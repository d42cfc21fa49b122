package com.kospet.warranty.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One packaged Quarkus service ({@code target/quarkus-app/quarkus-run.jar}) run as its own process. */
public final class ServiceProcess implements AutoCloseable {

    private static final String JAR = "quarkus-run.jar";
    /** Where Quarkus writes the class-data archive of a service, beside its jar. */
    static final String CLASS_DATA_ARCHIVE = "app-cds.jsa";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final ProcessBuilder builder;
    private volatile Process process;
    private final Path logFile;

    private ServiceProcess(String name, int port, ProcessBuilder builder, Path logFile) throws IOException {
        this.name = name;
        this.port = port;
        this.builder = builder;
        this.logFile = logFile;
        this.process = builder.start();
    }

    /**
     * @param moduleDir the service's Maven module, already packaged
     * @param env       configuration, as the environment variables the service reads
     */
    public static ServiceProcess start(String name, Path moduleDir, int port, Map<String, String> env, Path logFile)
            throws IOException {
        Path app = moduleDir.resolve("target/quarkus-app");
        Path jar = app.resolve(JAR);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(name + " is not packaged: " + jar + " is missing (run ./mvnw package -DskipTests)");
        }
        // From the jar's own directory and by its bare name: a class-data archive holds only for the class path it was
        // made with, and Quarkus makes it so.
        ProcessBuilder builder = new ProcessBuilder(command(name, Path.of(JAR), Files.isRegularFile(app.resolve(CLASS_DATA_ARCHIVE))))
                .directory(app.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        return new ServiceProcess(name, port, builder, logFile);
    }

    /** The command line of a service: a bounded heap, its collector, and death on running out of it. */
    static List<String> command(String service, Path jar) {
        return command(service, jar, false);
    }

    /**
     * The same; {@code withClassData}: the service's classes are read from the archive of them Quarkus made at packaging
     * ({@value #CLASS_DATA_ARCHIVE} beside the jar, {@code quarkus.package.jar.appcds.enabled}), which starts it about a
     * second sooner. A JVM that cannot use the archive (another Java version, say) starts without it.
     */
    static List<String> command(String service, Path jar, boolean withClassData) {
        List<String> command = new ArrayList<>(List.of(ChildProcesses.javaExecutable(), "-Xms64m", "-Xmx384m",
                garbageCollector(service),
                // A JVM that ran out of heap may go on half-broken (classes that failed to initialise, threads
                // gone) while its health checks still say UP: ending it lets whatever supervises it start it again.
                "-XX:+ExitOnOutOfMemoryError"));
        if (withClassData) {
            command.add("-XX:SharedArchiveFile=" + CLASS_DATA_ARCHIVE);
        }
        command.addAll(List.of("-jar", jar.toString()));
        return command;
    }

    /**
     * policy-service answers the storefront's hottest endpoint and allocates briefly per request: the
     * throughput collector serves it best (as in its container image). The others are light on memory.
     */
    static String garbageCollector(String service) {
        return "policy-service".equals(service) ? "-XX:+UseParallelGC" : "-XX:+UseSerialGC";
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public URI baseUri() {
        return URI.create("http://localhost:" + port);
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until {@code /q/health/ready} answers 200 (UP). */
    public void awaitReady(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest ready = HttpRequest.newBuilder(baseUri().resolve("/q/health/ready")).timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting (exit " + process.exitValue() + "); see " + logFile);
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout + "; see " + logFile);
    }

    /** Ends the process as a crash would (SIGKILL): no shutdown hooks, nothing finished or released. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Starts the service again after it ended, with the same port, configuration and log; does not wait for it. */
    public void restart() throws IOException {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " still runs");
        }
        process = builder.start();
    }

    @Override
    public void close() {
        ChildProcesses.stop(process, Duration.ofSeconds(20));
    }
}
