package com.kospet.warranty.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/** {@code ./stack}: runs the whole system on this machine, or mints a token to call it with. */
public final class LocalStackMain {

    private static final String HELP = """
            Usage: ./stack [run] [--reset] [--kafka-brokers N] [--claims-instances N] [--work-dir DIR] [--port-offset N]
                   ./stack token --role customer|staff|service --subject ID [--email ADDRESS] [--hours N] [--work-dir DIR]
                   ./stack --help

            run (the default)
              Builds what is needed, then starts real PostgreSQL (port 15432, data kept in
              .local-stack/postgres), a real Kafka broker in KRaft mode (port 19092), a real SMTP
              server (port 2525, sent mail readable at http://localhost:8025), and the three
              services: claims-service on 8081, policy-service on 8082, notification-service on 8083.
              Waits until every service's /q/health/ready is UP, prints the URLs, and stops
              everything cleanly on Ctrl-C. A second start reuses the data. If a port is taken it
              says which and exits with status 2. Logs: .local-stack/logs/.
              --reset     delete the kept data (.local-stack/postgres, Kafka's .local-stack/kafka) first
              --kafka-brokers N
                          run Kafka as a replicated cluster of N nodes (each broker and KRaft controller)
                          on ports 19092, 19093, ...; the services then create claims.events and
                          claims.events.dlq with 3 copies (fewer if N < 3), 2 of them in sync for a
                          write. Its data is kept apart, in .local-stack/kafka-N. Default: 1 broker.
              --claims-instances N
                          run N claims-service processes on one database, Kafka and policy-service:
                          the first on 8081, the next on 8091, 8101, ... (a load balancer's view of
                          several instances, on one machine). Default: 1.
              --work-dir  keep data, logs and the JWT key in DIR instead of .local-stack/ (a
                          benchmark's scratch stack, say, beside the one you keep)
              --port-offset  add N to every port above (e.g. 100: PostgreSQL on 15532, claims-service
                          on 8181), so a second stack runs beside one already up

            token
              Prints a JWT signed with the local stack's key (made at the first start, kept in
              .local-stack/jwt/), to send as "Authorization: Bearer <token>".
              --role     customer, staff or service
              --subject  the caller's id (a customer's id as the order system knows it)
              --email    the caller's email address (customers)
              --hours    how long the token is valid (default 12)
              --work-dir the stack's directory, if it was started with --work-dir
            """;

    /** Set once a stop was asked for: processes ending then are expected, not news. */
    private static volatile boolean stopping;

    private LocalStackMain() {
    }

    public static void main(String[] args) throws Exception {
        Deque<String> arguments = new ArrayDeque<>(List.of(args));
        if (arguments.contains("--help") || arguments.contains("-h")) {
            System.out.print(HELP);
            return;
        }
        String command = arguments.isEmpty() || arguments.peekFirst().startsWith("--") ? "run" : arguments.removeFirst();
        Path root = Path.of("").toAbsolutePath();
        int status = switch (command) {
            case "run" -> run(root, arguments);
            case "token" -> token(root, arguments);
            default -> usageError("unknown command '" + command + "'");
        };
        System.exit(status);
    }

    private static int run(Path root, Deque<String> arguments) throws Exception {
        boolean reset = false;
        StackOptions options = StackOptions.localDefaults(root);
        while (!arguments.isEmpty()) {
            String argument = arguments.removeFirst();
            if (argument.equals("--reset")) {
                reset = true;
            } else if (argument.equals("--kafka-brokers")) {
                int brokers;
                try {
                    brokers = arguments.isEmpty() ? 0 : Integer.parseInt(arguments.removeFirst());
                } catch (NumberFormatException e) {
                    brokers = 0;
                }
                if (brokers < 1 || brokers > 9) {
                    return usageError("--kafka-brokers needs a number of brokers from 1 to 9");
                }
                options = options.withKafkaBrokers(brokers);
            } else if (argument.equals("--claims-instances")) {
                if (arguments.isEmpty() || !arguments.peekFirst().matches("[1-9]")) {
                    return usageError("--claims-instances needs a number of instances from 1 to 9");
                }
                options = options.withClaimsInstances(Integer.parseInt(arguments.removeFirst()));
            } else if (argument.equals("--work-dir")) {
                if (arguments.isEmpty()) {
                    return usageError("--work-dir needs a value");
                }
                options = options.withWorkDir(root.resolve(arguments.removeFirst()));
            } else if (argument.equals("--port-offset")) {
                if (arguments.isEmpty() || !arguments.peekFirst().matches("\\d{1,4}")) {
                    return usageError("--port-offset needs a number from 0 to 9999");
                }
                options = options.withPortOffset(Integer.parseInt(arguments.removeFirst()));
            } else {
                return usageError("unknown option '" + argument + "'");
            }
        }
        String kept = shown(root, options.workDir()) + "/";
        String logs = kept + "logs/";
        List<String> taken = Stack.takenPorts(options);
        if (!taken.isEmpty()) {
            taken.forEach(line -> System.err.println("cannot start: " + line));
            System.err.println("Stop what is using it (another ./stack?) and try again.");
            return 2;
        }
        if (reset) {
            deleteRecursively(options.workDir().resolve("postgres"));
            deleteRecursively(options.kafkaHome());
        }
        Instant begin = Instant.now();
        System.out.println("Starting PostgreSQL, Kafka, SMTP and the three services (logs in " + logs + ") ...");
        Stack stack;
        try {
            stack = Stack.start(options);
        } catch (Stack.PortTakenException e) {
            System.err.println("cannot start: " + e.getMessage());
            return 2;
        } catch (IllegalStateException e) {
            System.err.println("the stack did not come up: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping = true;
            System.out.println("\nStopping the services, Kafka, SMTP and PostgreSQL ...");
            stack.close();
            System.out.println("Stopped. Data kept in " + kept + " for the next start.");
            stopped.countDown();
        }));
        printSummary(stack, options, logs, Duration.between(begin, Instant.now()));
        watch(stack, logs);
        stopped.await();
        return 0;
    }

    private static void printSummary(Stack stack, StackOptions options, String logs, Duration took) {
        System.out.printf("""

                The warranty backend is up (all services ready after %d s).

                  claims-service        http://localhost:%d   Swagger UI http://localhost:%d/q/swagger-ui%s
                  policy-service        http://localhost:%d   Swagger UI http://localhost:%d/q/swagger-ui
                  notification-service  http://localhost:%d   Swagger UI http://localhost:%d/q/swagger-ui
                  sent mail             http://localhost:%d   (SMTP on localhost:%d)
                  PostgreSQL            %s  user %s
                  Kafka                 %s  topic claims.events (%s)
                  logs                  %s

                  Mint a token:  ./stack token --role customer --subject c-1 --email ada@example.com

                Press Ctrl-C to stop.
                """, took.toSeconds(),
                stack.service("claims-service").port(), stack.service("claims-service").port(),
                furtherClaimsInstances(stack, options),
                stack.service("policy-service").port(), stack.service("policy-service").port(),
                stack.service("notification-service").port(), stack.service("notification-service").port(),
                stack.mail().webPort(), stack.mail().smtpPort(),
                stack.postgres().jdbcUrl(StackOptions.DATABASE), PostgresServer.USER,
                stack.kafka().bootstrapServers(), stack.kafka().size() == 1 ? "one broker"
                        : stack.kafka().size() + " brokers, " + stack.kafka().replicationFactor() + " copies",
                logs);
    }

    private static String furtherClaimsInstances(Stack stack, StackOptions options) {
        StringBuilder lines = new StringBuilder();
        for (int n = 2; n <= options.claimsInstances(); n++) {
            String name = StackOptions.claimsInstance(n);
            lines.append(String.format("%n  %-22shttp://localhost:%d", name, stack.service(name).port()));
        }
        return lines.toString();
    }

    /** Says so when a child process dies while the stack runs, instead of leaving a silent hole. */
    private static void watch(Stack stack, String logs) {
        Thread watcher = new Thread(() -> {
            Set<String> reported = new java.util.HashSet<>();
            while (!stopping) {
                for (String name : stack.serviceNames()) {
                    ServiceProcess service = stack.service(name);
                    if (service != null && !service.isAlive() && !stopping && reported.add(name)) {
                        System.err.println(name + " has stopped; see " + service.logFile());
                    }
                }
                for (int node : stack.kafka().stoppedNodes()) {
                    if (!stopping && reported.add("kafka-" + node)) {
                        System.err.println(stack.kafka().size() == 1 ? "the Kafka broker has stopped; see " + logs + "kafka.log"
                                : "Kafka broker " + node + " has stopped; see " + logs + "kafka-" + node + ".log");
                    }
                }
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "stack-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static int token(Path root, Deque<String> arguments) throws Exception {
        Optional<String> role = Optional.empty();
        Optional<String> subject = Optional.empty();
        Optional<String> email = Optional.empty();
        long hours = 12;
        Path workDir = StackOptions.localDefaults(root).workDir();
        while (!arguments.isEmpty()) {
            String option = arguments.removeFirst();
            if (arguments.isEmpty()) {
                return usageError(option + " needs a value");
            }
            String value = arguments.removeFirst();
            switch (option) {
                case "--role" -> role = Optional.of(value);
                case "--subject" -> subject = Optional.of(value);
                case "--email" -> email = Optional.of(value);
                case "--hours" -> hours = Long.parseLong(value);
                case "--work-dir" -> workDir = root.resolve(value);
                default -> {
                    return usageError("unknown option '" + option + "'");
                }
            }
        }
        if (role.isEmpty() || !Set.of("customer", "staff", "service").contains(role.get())) {
            return usageError("--role must be customer, staff or service");
        }
        if (subject.isEmpty()) {
            return usageError("--subject is required");
        }
        JwtKeys keys = JwtKeys.inDirectory(workDir.resolve("jwt"));
        System.out.println(keys.token(subject.get(), role.get(), email, Duration.ofHours(hours)));
        return 0;
    }

    /** A path as a person would type it here: relative inside the repository, absolute outside. */
    private static String shown(Path root, Path path) {
        Path normal = path.toAbsolutePath().normalize();
        return normal.startsWith(root) ? root.relativize(normal).toString() : normal.toString();
    }

    private static int usageError(String message) {
        System.err.println(message);
        System.err.println("See ./stack --help");
        return 64;
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
