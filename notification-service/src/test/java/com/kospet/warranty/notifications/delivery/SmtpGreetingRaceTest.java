package com.kospet.warranty.notifications.delivery;

import com.kospet.warranty.notifications.config.NotificationsConfig;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.impl.VertxInternal;
import io.vertx.ext.mail.MailConfig;
import io.vertx.ext.mail.StartTLSOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server greets the moment it accepts a connection, before a busy client may be listening. Every mail sent from
 * the sender threads must still go through on its first attempt: no greeting may be lost to the client's threading.
 * The first mails of a freshly started client are the likeliest to lose it, so each repetition starts afresh.
 */
class SmtpGreetingRaceTest {

    private static final int SENDERS = 10;
    private static final int MAILS = 100;

    private Vertx vertx;
    private InstantGreetingServer server;
    private ExecutorService senders;

    @BeforeEach
    void start() throws IOException {
        vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(8));
        keepEventLoopsBusy();
        server = new InstantGreetingServer();
        senders = Executors.newFixedThreadPool(SENDERS);
    }

    @AfterEach
    void stop() throws Exception {
        senders.shutdownNow();
        server.close();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @RepeatedTest(5)
    void aGreetingSentTheMomentTheConnectionOpensIsNeverLost() throws Exception {
        MailConfig mail = new MailConfig().setHostname("127.0.0.1").setPort(server.port())
                .setStarttls(StartTLSOptions.DISABLED).setKeepAlive(false).setOwnHostname("localhost")
                .setConnectTimeout(5_000).setIdleTimeout(5_000).setIdleTimeoutUnit(TimeUnit.MILLISECONDS);
        SmtpTransport transport = new SmtpTransport(vertx, mail, "support@example.com", limits());
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < MAILS; i++) {
                int n = i;
                outcomes.add(senders.submit(() -> {
                    try {
                        transport.send(new SmtpTransport.OutgoingMail("c" + n + "@example.com", "Mail " + n, "<p>hi</p>", "hi",
                                MessageId.of("mail-" + n, "example.com")));
                        return "sent";
                    } catch (SmtpTransport.AttemptFailed e) {
                        return "failed: " + e.getCause();
                    }
                }));
            }
            List<String> failures = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                String result = outcome.get(60, TimeUnit.SECONDS);
                if (!result.equals("sent")) {
                    failures.add(result);
                }
            }
            assertThat(failures).isEmpty();
            assertThat(server.accepted()).isEqualTo(MAILS);
        } finally {
            transport.close();
        }
    }

    /** Short random stalls on every event loop, as a service under load has. */
    private void keepEventLoopsBusy() {
        for (int i = 0; i < 16; i++) {
            Context loop = ((VertxInternal) vertx).createEventLoopContext();
            loop.runOnContext(ignored -> vertx.setPeriodic(1, tick -> pause(ThreadLocalRandom.current().nextInt(3))));
        }
    }

    private static void pause(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static NotificationsConfig.Smtp limits() {
        return new NotificationsConfig.Smtp() {
            public Duration connectTimeout() {
                return Duration.ofSeconds(5);
            }

            public Duration replyTimeout() {
                return Duration.ofSeconds(5);
            }

            public Duration attemptTimeout() {
                return Duration.ofSeconds(10);
            }

            public String messageIdDomain() {
                return "example.com";
            }
        };
    }

    /**
     * A small SMTP server on loopback that writes its greeting from the accepting thread, the instant a connection
     * is accepted, then answers the client line by line and counts the mails it accepted.
     */
    private static final class InstantGreetingServer implements AutoCloseable {
        private final ServerSocket socket;
        private final AtomicInteger accepted = new AtomicInteger();

        InstantGreetingServer() throws IOException {
            socket = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
            Thread acceptor = new Thread(this::accept, "instant-greeting-smtp");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        int accepted() {
            return accepted.get();
        }

        private void accept() {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    client.getOutputStream().write("220 localhost ESMTP ready\r\n".getBytes(StandardCharsets.US_ASCII));
                    client.getOutputStream().flush();
                    Thread session = new Thread(() -> converse(client));
                    session.setDaemon(true);
                    session.start();
                } catch (IOException e) {
                    return;
                }
            }
        }

        private void converse(Socket client) {
            try (client) {
                client.setSoTimeout(30_000);
                BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                OutputStream out = client.getOutputStream();
                boolean inData = false;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String reply;
                    if (inData) {
                        if (!line.equals(".")) {
                            continue;
                        }
                        inData = false;
                        accepted.incrementAndGet();
                        reply = "250 queued";
                    } else {
                        String command = line.toUpperCase();
                        if (command.startsWith("EHLO")) {
                            reply = "250-localhost\r\n250 8BITMIME";
                        } else if (command.startsWith("DATA")) {
                            inData = true;
                            reply = "354 end with .";
                        } else if (command.startsWith("QUIT")) {
                            out.write("221 bye\r\n".getBytes(StandardCharsets.US_ASCII));
                            return;
                        } else {
                            reply = "250 ok";
                        }
                    }
                    out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
            } catch (IOException e) {
                // the client went away; a mail it did not finish is not counted
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
