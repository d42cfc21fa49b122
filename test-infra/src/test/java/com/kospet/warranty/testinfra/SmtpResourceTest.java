package com.kospet.warranty.testinfra;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-process SMTP server comes back on its port once whatever a test put there lets the port go. */
class SmtpResourceTest {

    private final SmtpResource resource = new SmtpResource();

    @BeforeEach
    void start() {
        Assumptions.assumeTrue(ExternalInfra.variable("SMTP_HOST").isEmpty(), "needs the in-process SMTP server");
        resource.start();
    }

    @AfterEach
    void stop() {
        resource.stop();
    }

    @Test
    void resumeWaitsForAPortStillHeldAMomentAfterTheTestLetItGo() throws Exception {
        int port = SmtpResource.servicePort();
        SmtpResource.pause();
        ServerSocket stillThere = new ServerSocket();
        stillThere.setReuseAddress(true);
        stillThere.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        Thread release = new Thread(() -> {
            sleep(Duration.ofMillis(700));
            try {
                stillThere.close();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        release.start();

        SmtpResource.resume();

        release.join();
        assertThat(stillThere.isClosed()).as("the port was held while resume() began").isTrue();
        assertThat(greeting(port)).as("what the server on the port says first").startsWith("220 ");
    }

    private static String greeting(int port) throws IOException {
        try (Socket smtp = new Socket(InetAddress.getLoopbackAddress(), port)) {
            smtp.setSoTimeout(5_000);
            return new BufferedReader(new InputStreamReader(smtp.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
