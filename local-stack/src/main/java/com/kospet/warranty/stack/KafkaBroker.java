package com.kospet.warranty.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * A real Kafka broker in KRaft mode (one combined broker/controller node) run as its own JVM
 * from the {@code kafka_2.13} jars on this process's class path. Its log directory is kept
 * between starts when it lives under a kept data directory.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(90);

    private final Process process;
    private final int port;

    private KafkaBroker(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * @param port    the client port, or 0 for any free one
     * @param home    where the broker keeps its configuration and logs
     * @param logFile where the broker's own output goes
     */
    public static KafkaBroker start(int port, Path home, Path logFile) throws IOException, InterruptedException {
        int clientPort = Ports.orAnyFree(port);
        int controllerPort = Ports.anyFree();
        Path dataDir = home.resolve("data");
        Files.createDirectories(dataDir);
        Path config = home.resolve("server.properties");
        writeConfig(config, dataDir, clientPort, controllerPort);

        if (!Files.exists(dataDir.resolve("meta.properties"))) {
            Process format = java(List.of("kafka.tools.StorageTool", "format", "-t", clusterId(), "-c", config.toString()),
                    logFile).start();
            if (format.waitFor() != 0) {
                throw new IllegalStateException("formatting the Kafka log directory failed; see " + logFile);
            }
        }
        Process broker = java(List.of("kafka.Kafka", config.toString()), logFile).start();
        KafkaBroker kafka = new KafkaBroker(broker, clientPort);
        kafka.awaitPort(logFile);
        return kafka;
    }

    public int port() {
        return port;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        ChildProcesses.stop(process, Duration.ofSeconds(30));
    }

    private void awaitPort(Path logFile) throws InterruptedException {
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the Kafka broker stopped while starting; see " + logFile);
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("localhost", port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        close();
        throw new IllegalStateException("the Kafka broker did not open port " + port + " within " + STARTUP);
    }

    private static ProcessBuilder java(List<String> mainAndArgs, Path logFile) {
        List<String> command = new ArrayList<>(List.of(ChildProcesses.javaExecutable(), "-Xms128m", "-Xmx512m",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                "-cp", System.getProperty("java.class.path")));
        command.addAll(mainAndArgs);
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
    }

    private static void writeConfig(Path config, Path dataDir, int clientPort, int controllerPort) {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + clientPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + clientPort);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("log.dirs", dataDir.toAbsolutePath().toString());
        p.setProperty("num.partitions", "3");
        p.setProperty("auto.create.topics.enable", "true");
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        try (var out = Files.newBufferedWriter(config)) {
            p.store(out, "single-node KRaft broker of the local stack; rewritten at every start");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A new cluster id, from Kafka's own generator: a base64url id that never starts with '-', which the
     * storage tool's command line would take for an option (one random id in 64 would).
     */
    static String clusterId() {
        return org.apache.kafka.common.Uuid.randomUuid().toString();
    }
}
