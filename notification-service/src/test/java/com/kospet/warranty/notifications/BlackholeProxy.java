package com.kospet.warranty.notifications;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on 127.0.0.1 between the service and the SMTP server that can be switched to a blackhole, as a
 * firewall that DROPs packets: the connection stays open, bytes are taken but nothing is forwarded and nothing
 * answered. What either side sent meanwhile is held; when the network comes back ({@link #restore()}) it is
 * delivered late, as TCP's retransmissions would, unless the side that sent it reset its connection in the
 * meantime: a reset discards what its kernel had not got acknowledged, so the held bytes are dropped and the
 * other side is reset too. A side that closed normally (FIN) still has its bytes delivered, then the close.
 * New connections while dark are taken and held silent as well.
 */
final class BlackholeProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int targetPort;
    private final Object lock = new Object();
    private final List<Link> links = new ArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger closedByServiceWhileDark = new AtomicInteger();
    private boolean dark;
    private boolean closed;
    private Thread acceptor;
    private byte[] trigger;
    private byte[] triggerConnection;

    private BlackholeProxy(ServerSocket listener, int targetPort) {
        this.listener = listener;
        this.targetPort = targetPort;
    }

    /** Listens on 127.0.0.1:{@code listenPort} and forwards to 127.0.0.1:{@code targetPort}. */
    static BlackholeProxy start(int listenPort, int targetPort) throws IOException {
        ServerSocket listener = new ServerSocket();
        listener.setReuseAddress(true);
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), listenPort));
        BlackholeProxy proxy = new BlackholeProxy(listener, targetPort);
        proxy.acceptor = daemon("blackhole-proxy-accept", proxy::acceptLoop);
        return proxy;
    }

    /**
     * Goes dark as soon as the service sends {@code marker} on a connection over which it sent
     * {@code connectionMark} before (or in the same chunk): the bytes up to and including the chunk that holds the
     * marker are still forwarded, nothing after. Lets a test drop the network at one exact step of the SMTP
     * exchange of one mail (say, after its recipient), whatever other mail goes through meanwhile.
     */
    void blackholeOnceServiceSends(String marker, String connectionMark) {
        synchronized (lock) {
            trigger = marker.getBytes(StandardCharsets.US_ASCII);
            triggerConnection = connectionMark.getBytes(StandardCharsets.US_ASCII);
        }
    }

    boolean isDark() {
        synchronized (lock) {
            return dark;
        }
    }

    /** The network is back: held bytes are delivered (or dropped, where their sender reset), and traffic flows. */
    void restore() {
        synchronized (lock) {
            dark = false;
            for (Link link : List.copyOf(links)) {
                link.restore();
            }
        }
    }

    /** Connections the service opened through the proxy. */
    int connections() {
        return connections.get();
    }

    /** Connections the service closed or reset while the proxy was dark: given up, not kept waiting. */
    int closedByServiceWhileDark() {
        return closedByServiceWhileDark.get();
    }

    /**
     * Stops listening and resets every connection. Returns once the accepting thread has left: a socket closed while
     * another thread is blocked accepting on it is released only when that thread wakes, so the port is free for the
     * next listener only then.
     */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
        }
        try {
            listener.close();
        } catch (IOException e) {
            // closing anyway
        }
        try {
            acceptor.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (lock) {
            List.copyOf(links).forEach(Link::abort);
            links.clear();
        }
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            Socket service;
            try {
                service = listener.accept();
            } catch (IOException e) {
                return;
            }
            connections.incrementAndGet();
            try {
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                Link link = new Link(service, server);
                synchronized (lock) {
                    if (closed) {
                        // Accepted as the proxy closed: reset like the others.
                        link.abort();
                        return;
                    }
                    links.add(link);
                }
                daemon("blackhole-proxy-up", () -> link.pump(link.up));
                daemon("blackhole-proxy-down", () -> link.pump(link.down));
            } catch (IOException e) {
                abort(service);
            }
        }
    }

    /** One connection: the service's socket and the proxy's own to the server. */
    private final class Link {
        final Direction up;
        final Direction down;
        final Socket service;
        final Socket server;
        boolean aborted;

        Link(Socket service, Socket server) {
            this.service = service;
            this.server = server;
            this.up = new Direction(service, server, true);
            this.down = new Direction(server, service, false);
        }

        void pump(Direction direction) {
            byte[] buffer = new byte[8192];
            byte[] recent = new byte[0];
            try {
                InputStream in = direction.from.getInputStream();
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    byte[] chunk = Arrays.copyOf(buffer, read);
                    synchronized (lock) {
                        if (dark) {
                            direction.held.add(chunk);
                            continue;
                        }
                        direction.to.getOutputStream().write(chunk);
                        if (direction.fromService && trigger != null) {
                            byte[] seen = joined(recent, chunk);
                            direction.marked |= contains(seen, triggerConnection);
                            if (direction.marked && contains(seen, trigger)) {
                                trigger = null;
                                dark = true;
                            }
                            // A marker may straddle two chunks: keep the end of this one.
                            recent = Arrays.copyOfRange(seen, Math.max(0, seen.length - 256), seen.length);
                        }
                    }
                }
                synchronized (lock) {
                    direction.ended = true;
                    if (dark) {
                        direction.closedWhileDark = true;
                        if (direction.fromService) {
                            closedByServiceWhileDark.incrementAndGet();
                        }
                    } else {
                        direction.to.shutdownOutput();
                        closeIfBothEnded();
                    }
                }
            } catch (SocketException e) {
                synchronized (lock) {
                    if (dark && !aborted) {
                        direction.resetWhileDark = true;
                        if (direction.fromService) {
                            closedByServiceWhileDark.incrementAndGet();
                        }
                    } else {
                        abort();
                    }
                }
            } catch (IOException e) {
                synchronized (lock) {
                    abort();
                }
            }
        }

        /** Called under the lock when the network comes back. */
        void restore() {
            if (up.resetWhileDark || down.resetWhileDark) {
                abort();
                return;
            }
            try {
                up.deliverHeld();
                down.deliverHeld();
                closeIfBothEnded();
            } catch (IOException e) {
                abort();
            }
        }

        /** Both sides closed normally and all was delivered: the connection is over. */
        void closeIfBothEnded() throws IOException {
            if (up.ended && down.ended) {
                service.close();
                server.close();
                links.remove(this);
            }
        }

        void abort() {
            aborted = true;
            BlackholeProxy.abort(service);
            BlackholeProxy.abort(server);
            links.remove(this);
        }
    }

    /** One way through a link, with what was held while dark. */
    private static final class Direction {
        final Socket from;
        final Socket to;
        final boolean fromService;
        final List<byte[]> held = new ArrayList<>();
        boolean marked;
        boolean ended;
        boolean closedWhileDark;
        boolean resetWhileDark;

        Direction(Socket from, Socket to, boolean fromService) {
            this.from = from;
            this.to = to;
            this.fromService = fromService;
        }

        void deliverHeld() throws IOException {
            for (byte[] chunk : held) {
                to.getOutputStream().write(chunk);
            }
            held.clear();
            if (closedWhileDark) {
                to.shutdownOutput();
            }
        }
    }

    /** Closes with a reset (SO_LINGER 0), as a connection whose peer is gone. */
    private static void abort(Socket socket) {
        try {
            if (!socket.isClosed()) {
                socket.setSoLinger(true, 0);
                socket.close();
            }
        } catch (IOException e) {
            // already gone
        }
    }

    private static byte[] joined(byte[] first, byte[] second) {
        byte[] joined = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static Thread daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
