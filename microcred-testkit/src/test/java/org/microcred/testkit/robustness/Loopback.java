package org.microcred.testkit.robustness;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A listener on 127.0.0.1 that counts the connections made to it and answers every one with a hostile body
 * (an entity declaration for XML, a JSON-LD context for JSON), so that a codec that fetched a URL would both
 * be seen and be given something to misuse. Nothing here reaches beyond the loopback interface.
 */
final class Loopback implements AutoCloseable {
    private final ServerSocket server;
    private final AtomicInteger connections = new AtomicInteger();

    Loopback(String body) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Thread t = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    connections.incrementAndGet();
                    OutputStream out = s.getOutputStream();
                    out.write(("HTTP/1.0 200 OK\r\nContent-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(bytes);
                } catch (IOException e) {
                    // closed: the test is over
                }
            }
        }, "loopback-listener");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Gets a URL on this listener.
     *
     * @param path the path, starting with '/'
     * @return the URL
     */
    String url(String path) {
        return "http://127.0.0.1:" + server.getLocalPort() + path;
    }

    /**
     * Gets how many connections were made so far.
     *
     * @return the count
     */
    int connections() {
        return connections.get();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
