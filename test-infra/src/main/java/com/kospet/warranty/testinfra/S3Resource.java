package com.kospet.warranty.testinfra;

import com.kospet.warranty.stack.Ports;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real S3 API server for a service's tests: s3proxy over an in-memory blob store, run as its own JVM from
 * {@code test-s3-server/target/lib} (its Jetty, jclouds, Netty and Logback would otherwise meet Quarkus's on the
 * test class path), on a free loopback port, with one empty bucket. Or the external server named by
 * {@code EVIDENCE_S3_ENDPOINT} (with {@code EVIDENCE_S3_BUCKET}, {@code EVIDENCE_S3_ACCESS_KEY},
 * {@code EVIDENCE_S3_SECRET_KEY}), whose bucket must exist.
 *
 * <p>The configuration it gives is {@code <prefix>.endpoint}, {@code .bucket}, {@code .region}, {@code .access-key},
 * {@code .secret-key} and {@code .path-style-access}, under the prefix named by the init argument
 * {@value #PREFIX_ARG} (default {@code s3}).
 */
public class S3Resource implements QuarkusTestResourceLifecycleManager {

    /** The init argument naming the configuration prefix of the settings this resource gives. */
    public static final String PREFIX_ARG = "config-prefix";

    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final String REGION = "us-east-1";

    /** Where a running server is and how to sign for it. */
    public record Server(URI endpoint, String bucket, String region, String accessKey, String secretKey) {

        /** A new client of this server; the caller closes it. */
        public S3Client client() {
            return S3Client.builder()
                    .httpClient(ApacheHttpClient.create())
                    .endpointOverride(endpoint)
                    .region(Region.of(region))
                    .forcePathStyle(true)
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
                    .build();
        }
    }

    private static volatile Server current;

    private String prefix = "s3";
    private Process process;
    private Path home;

    /** The server the running test uses. */
    public static Server server() {
        Server server = current;
        if (server == null) {
            throw new IllegalStateException("no S3 server: the test does not use S3Resource");
        }
        return server;
    }

    @Override
    public void init(Map<String, String> initArgs) {
        prefix = initArgs.getOrDefault(PREFIX_ARG, prefix);
    }

    @Override
    public Map<String, String> start() {
        Optional<String> external = ExternalInfra.variable("EVIDENCE_S3_ENDPOINT");
        Server server = external.isPresent()
                ? new Server(URI.create(external.get()),
                ExternalInfra.variable("EVIDENCE_S3_BUCKET").orElse("evidence"),
                ExternalInfra.variable("EVIDENCE_S3_REGION").orElse(REGION),
                ExternalInfra.variable("EVIDENCE_S3_ACCESS_KEY").orElse(""),
                ExternalInfra.variable("EVIDENCE_S3_SECRET_KEY").orElse(""))
                : startServer();
        current = server;
        return Map.of(
                prefix + ".endpoint", server.endpoint().toString(),
                prefix + ".bucket", server.bucket(),
                prefix + ".region", server.region(),
                prefix + ".access-key", server.accessKey(),
                prefix + ".secret-key", server.secretKey(),
                prefix + ".path-style-access", "true");
    }

    @Override
    public void stop() {
        current = null;
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    private Server startServer() {
        Path lib = RepoRoot.find().resolve("test-s3-server/target/lib");
        if (!Files.isDirectory(lib)) {
            throw new IllegalStateException(lib + " is missing: build with -am, so that test-s3-server copies s3proxy's jars");
        }
        int port = Ports.anyFree();
        Server server = new Server(URI.create("http://127.0.0.1:" + port), "evidence", REGION,
                "test-access-key", "test-secret-key");
        try {
            home = Files.createTempDirectory("s3proxy-");
            Path config = home.resolve("s3proxy.conf");
            Files.writeString(config, String.join("\n",
                    "s3proxy.endpoint=" + server.endpoint(),
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + server.accessKey(),
                    "s3proxy.credential=" + server.secretKey(),
                    // In memory: nothing is left behind, and object metadata needs no extended attributes on disk.
                    "jclouds.provider=transient",
                    "jclouds.identity=unused",
                    "jclouds.credential=unused",
                    ""));
            Path log = home.resolve("s3proxy.log");
            process = new ProcessBuilder(List.of(javaExecutable(), "-Xms32m", "-Xmx256m",
                    "-cp", lib.toAbsolutePath() + "/*", "org.gaul.s3proxy.Main", "--properties", config.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            awaitPort(port, log);
        } catch (IOException e) {
            stop();
            throw new UncheckedIOException("s3proxy did not start", e);
        } catch (InterruptedException e) {
            stop();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while s3proxy started", e);
        }
        try (S3Client s3 = server.client()) {
            s3.createBucket(create -> create.bucket(server.bucket()));
        } catch (RuntimeException e) {
            stop();
            throw new IllegalStateException("s3proxy did not create the test bucket; see " + home.resolve("s3proxy.log"), e);
        }
        return server;
    }

    private void awaitPort(int port, Path log) throws InterruptedException {
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("s3proxy stopped while starting; see " + log);
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        stop();
        throw new IllegalStateException("s3proxy did not open port " + port + " within " + STARTUP + "; see " + log);
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
