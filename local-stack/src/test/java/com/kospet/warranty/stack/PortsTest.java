package com.kospet.warranty.stack;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;

class PortsTest {

    @Test
    void aPortSomethingListensOnIsTakenAndAFreshOneIsFree() throws Exception {
        try (ServerSocket listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            assertThat(Ports.isFree(listening.getLocalPort())).isFalse();
        }
        assertThat(Ports.isFree(Ports.anyFree())).isTrue();
    }

    @Test
    void theStackNamesEveryTakenPortByWhatItIsFor() throws Exception {
        try (ServerSocket policyPort = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            StackOptions options = new StackOptions(java.nio.file.Path.of("."), java.nio.file.Path.of("."), false,
                    0, 0, 1, 0, -1, 0, 1, policyPort.getLocalPort(), 0, java.util.Optional.empty(), java.util.Optional.empty());

            assertThat(Stack.takenPorts(options))
                    .containsExactly("port " + policyPort.getLocalPort() + " (policy-service) is already in use");
        }
    }

    @Test
    void aKafkaClusterNeedsTheBrokerPortsAfterTheFirstFreeToo() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int first = taken.getLocalPort() - 2;
            StackOptions options = new StackOptions(java.nio.file.Path.of("."), java.nio.file.Path.of("."), false,
                    0, first, 3, 0, -1, 0, 1, 0, 0, java.util.Optional.empty(), java.util.Optional.empty());

            assertThat(Stack.takenPorts(options))
                    .containsExactly("port " + taken.getLocalPort() + " (Kafka broker 3) is already in use");
        }
    }

    @Test
    void aSecondClaimsInstanceNeedsThePortTenAboveTheFirst() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int first = taken.getLocalPort() - 10;
            StackOptions options = new StackOptions(java.nio.file.Path.of("."), java.nio.file.Path.of("."), false,
                    0, 0, 1, 0, -1, first, 2, 0, 0, java.util.Optional.empty(), java.util.Optional.empty());

            assertThat(Stack.takenPorts(options))
                    .containsExactly("port " + taken.getLocalPort() + " (claims-service-2) is already in use");
        }
    }
}
