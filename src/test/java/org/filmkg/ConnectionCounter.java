package org.filmkg;

import java.util.concurrent.atomic.AtomicInteger;

/** A local listener that counts the connections made to it: where a query must (or must not) reach out, it stands there. */
final class ConnectionCounter implements AutoCloseable {
    final java.net.ServerSocket socket = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
    final AtomicInteger connections = new AtomicInteger();

    ConnectionCounter() throws java.io.IOException {
        socket.setSoTimeout(200);
        Thread t = new Thread(() -> {
            while (!socket.isClosed()) {
                try (java.net.Socket c = socket.accept()) {
                    connections.incrementAndGet();
                } catch (java.io.IOException e) {
                    // timeout or closed: look again until closed
                }
            }
        });
        t.setDaemon(true);
        t.start();
    }

    String url() {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/sparql";
    }

    @Override
    public void close() throws java.io.IOException {
        socket.close();
    }
}
