package com.kospet.warranty.stack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Loopback port checks: is a fixed port free, and which port is free right now. */
public final class Ports {

    private static final int FIRST_PICKED = 20_000;
    private static final int PICKED_RANGE = 12_000;
    private static final java.util.Random RANDOM = new java.util.Random();
    private static final java.util.Set<Integer> HANDED_OUT = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private Ports() {
    }

    /** Free when nothing answers on it and it can be bound (either check alone misses some sandboxes and stacks). */
    public static boolean isFree(int port) {
        return !answers(port) && canBind(port);
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean canBind(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static int anyFree() {
        // Below the kernel's ephemeral range (32768-60999 by default), from which ServerSocket(0), other port pickers
        // (the embedded PostgreSQL's among them) and outgoing connections take theirs: a port picked here is not also
        // picked there before its server binds it. Never the same port twice in one JVM.
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = FIRST_PICKED + RANDOM.nextInt(PICKED_RANGE);
            if (HANDED_OUT.add(port) && isFree(port)) {
                return port;
            }
        }
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free loopback port", e);
        }
    }

    /** {@code port}, or a free one when it is 0. */
    public static int orAnyFree(int port) {
        return port == 0 ? anyFree() : port;
    }
}
