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
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Real Kafka in KRaft mode, one JVM per node from the {@code kafka_2.13} jars on this process's class path: one node,
 * or a replicated cluster of several, each node both broker and controller, on loopback ports. Brokers never create
 * a topic on first use ({@code auto.create.topics.enable=false}): the services create theirs. A node keeps its port
 * and its log directory when it is stopped and started again, and its log directory between starts of the cluster
 * when it lives under a kept data directory.
 */
public final class KafkaCluster implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(90);

    private final List<Node> nodes;

    private KafkaCluster(List<Node> nodes) {
        this.nodes = nodes;
    }

    /**
     * Starts {@code size} nodes and returns once each accepts connections.
     *
     * @param firstPort the first node's client port (the others follow it), or 0 for any free ones
     * @param home      where the nodes keep their configuration and logs: {@code home} itself for one node,
     *                  {@code home/node-<id>} for each of several
     * @param logDir    where the nodes' own output goes: {@code kafka.log} for one node, {@code kafka-<id>.log} for several
     */
    public static KafkaCluster start(int size, int firstPort, Path home, Path logDir) throws IOException, InterruptedException {
        if (size < 1) {
            throw new IllegalArgumentException("a Kafka cluster needs at least one node, got " + size);
        }
        List<Integer> clientPorts = IntStream.range(0, size).map(i -> firstPort == 0 ? Ports.anyFree() : firstPort + i)
                .boxed().toList();
        List<Integer> controllerPorts = IntStream.range(0, size).map(i -> Ports.anyFree()).boxed().toList();
        String voters = IntStream.range(0, size).mapToObj(i -> (i + 1) + "@127.0.0.1:" + controllerPorts.get(i))
                .collect(Collectors.joining(","));
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int id = i + 1;
            Path nodeHome = size == 1 ? home : home.resolve("node-" + id);
            Path log = logDir.resolve(size == 1 ? "kafka.log" : "kafka-" + id + ".log");
            nodes.add(new Node(id, clientPorts.get(i), controllerPorts.get(i), nodeHome, log));
        }
        String clusterId = nodes.get(0).keptClusterId().orElseGet(KafkaCluster::clusterId);
        KafkaCluster cluster = new KafkaCluster(nodes);
        try {
            for (Node node : nodes) {
                node.configure(voters, size, clusterId);
            }
            for (Node node : nodes) {
                node.launch();
            }
            for (Node node : nodes) {
                node.awaitPort();
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    /** How many nodes the cluster has, running or not. */
    public int size() {
        return nodes.size();
    }

    /** Every node's client address, running or not, as clients are given them. */
    public String bootstrapServers() {
        return nodes.stream().map(node -> "localhost:" + node.clientPort).collect(Collectors.joining(","));
    }

    /** The first node's client port (the only one of a single node). */
    public int port() {
        return nodes.get(0).clientPort;
    }

    /** The copies a topic of this cluster keeps: one per node, at most three. */
    public int replicationFactor() {
        return Math.min(3, size());
    }

    /** The copies a write must reach: two of three on a cluster, so one node may be lost; the one copy otherwise. */
    public int minInsyncReplicas() {
        return replicationFactor() >= 3 ? 2 : 1;
    }

    /** Whether every node runs. */
    public boolean isAlive() {
        return nodes.stream().allMatch(Node::isAlive);
    }

    /** The ids (1, 2, …) of the nodes that do not run. */
    public List<Integer> stoppedNodes() {
        return nodes.stream().filter(node -> !node.isAlive()).map(node -> node.id).toList();
    }

    /** Where node {@code id}'s output goes. */
    public Path logFile(int id) {
        return node(id).logFile;
    }

    /** Stops node {@code id} as a crash would (SIGKILL): no controlled shutdown, its data as it was on disk. */
    public void kill(int id) {
        node(id).kill();
    }

    /** Stops node {@code id} as an outage would, keeping its data; its clients see connections refused. */
    public void stop(int id) {
        node(id).stop();
    }

    /** Starts node {@code id} again on its ports with its data; returns once its port accepts connections. */
    public void start(int id) throws IOException, InterruptedException {
        Node node = node(id);
        if (!node.isAlive()) {
            node.launch();
            node.awaitPort();
        }
    }

    @Override
    public void close() {
        // All at once: a node waiting for its peers to take over its partitions would wait for nodes already gone.
        nodes.forEach(Node::signalStop);
        nodes.forEach(Node::stop);
    }

    private Node node(int id) {
        if (id < 1 || id > nodes.size()) {
            throw new IllegalArgumentException("no Kafka node " + id + " in a cluster of " + nodes.size());
        }
        return nodes.get(id - 1);
    }

    /**
     * A new cluster id, from Kafka's own generator: a base64url id that never starts with '-', which the
     * storage tool's command line would take for an option (one random id in 64 would).
     */
    static String clusterId() {
        return org.apache.kafka.common.Uuid.randomUuid().toString();
    }

    /** One combined broker/controller process. */
    private static final class Node {

        final int id;
        final int clientPort;
        final int controllerPort;
        final Path home;
        final Path logFile;
        private volatile Process process;

        Node(int id, int clientPort, int controllerPort, Path home, Path logFile) {
            this.id = id;
            this.clientPort = clientPort;
            this.controllerPort = controllerPort;
            this.home = home;
            this.logFile = logFile;
        }

        Path dataDir() {
            return home.resolve("data");
        }

        Path config() {
            return home.resolve("server.properties");
        }

        Optional<String> keptClusterId() throws IOException {
            Path meta = dataDir().resolve("meta.properties");
            if (!Files.exists(meta)) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            try (var in = Files.newBufferedReader(meta)) {
                properties.load(in);
            }
            return Optional.ofNullable(properties.getProperty("cluster.id"));
        }

        void configure(String voters, int size, String clusterId) throws IOException, InterruptedException {
            Files.createDirectories(dataDir());
            Files.createDirectories(logFile.getParent());
            writeConfig(voters, size);
            if (!Files.exists(dataDir().resolve("meta.properties"))) {
                Process format = java(List.of("kafka.tools.StorageTool", "format", "-t", clusterId, "-c", config().toString()))
                        .start();
                if (format.waitFor() != 0) {
                    throw new IllegalStateException("formatting Kafka node " + id + "'s log directory failed; see " + logFile);
                }
            }
        }

        void launch() throws IOException {
            process = java(List.of("kafka.Kafka", config().toString())).start();
        }

        boolean isAlive() {
            Process current = process;
            return current != null && current.isAlive();
        }

        void kill() {
            Process current = process;
            if (current != null) {
                current.destroyForcibly();
                try {
                    current.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        void signalStop() {
            Process current = process;
            if (current != null && current.isAlive()) {
                current.destroy();
            }
        }

        void stop() {
            Process current = process;
            if (current != null) {
                ChildProcesses.stop(current, Duration.ofSeconds(30));
            }
        }

        void awaitPort() throws InterruptedException {
            Instant deadline = Instant.now().plus(STARTUP);
            while (Instant.now().isBefore(deadline)) {
                if (!isAlive()) {
                    throw new IllegalStateException("Kafka node " + id + " stopped while starting; see " + logFile);
                }
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress("localhost", clientPort), 500);
                    return;
                } catch (IOException notYet) {
                    Thread.sleep(250);
                }
            }
            throw new IllegalStateException("Kafka node " + id + " did not open port " + clientPort + " within " + STARTUP
                    + "; see " + logFile);
        }

        private ProcessBuilder java(List<String> mainAndArgs) {
            List<String> command = new ArrayList<>(List.of(ChildProcesses.javaExecutable(), "-Xms128m", "-Xmx512m",
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                    "-cp", System.getProperty("java.class.path")));
            command.addAll(mainAndArgs);
            return new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        }

        private void writeConfig(String voters, int size) {
            // Internal topics (consumer offsets, transactions) as replicated as the cluster allows.
            String replicas = Integer.toString(Math.min(3, size));
            String minInsync = size >= 3 ? "2" : "1";
            Properties p = new Properties();
            p.setProperty("process.roles", "broker,controller");
            p.setProperty("node.id", Integer.toString(id));
            p.setProperty("controller.quorum.voters", voters);
            p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + clientPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
            p.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + clientPort);
            p.setProperty("controller.listener.names", "CONTROLLER");
            p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
            p.setProperty("inter.broker.listener.name", "PLAINTEXT");
            p.setProperty("log.dirs", dataDir().toAbsolutePath().toString());
            // The services create claims.events and its dead-letter topic themselves, with their partitions and
            // replication: a topic made on first use would have the broker's defaults, one copy on a cluster.
            p.setProperty("auto.create.topics.enable", "false");
            p.setProperty("offsets.topic.replication.factor", replicas);
            p.setProperty("transaction.state.log.replication.factor", replicas);
            p.setProperty("transaction.state.log.min.isr", minInsync);
            p.setProperty("share.coordinator.state.topic.replication.factor", replicas);
            p.setProperty("share.coordinator.state.topic.min.isr", minInsync);
            p.setProperty("group.initial.rebalance.delay.ms", "0");
            // Patient with a busy machine (a build beside it): with Kafka's own timeouts (1 s election, 2 s fetch) the
            // controllers of a cluster lose and re-elect their leader over and over while the JVMs start, and the
            // brokers never register. A node that dies is still fenced, and its partitions led elsewhere, within 15 s.
            p.setProperty("controller.quorum.election.timeout.ms", "5000");
            p.setProperty("controller.quorum.fetch.timeout.ms", "10000");
            p.setProperty("broker.session.timeout.ms", "15000");
            try (var out = Files.newBufferedWriter(config())) {
                p.store(out, "KRaft node " + id + " of " + size + " of the local stack; rewritten at every start");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
