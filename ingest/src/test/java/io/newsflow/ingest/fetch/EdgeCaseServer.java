package io.newsflow.ingest.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A loopback-only HTTP server with one route per fetcher edge case (the idea of jsoup's
 * integration/routes). Binds 127.0.0.1 on an ephemeral port.
 */
final class EdgeCaseServer implements AutoCloseable {
    static final String HTML = "<html><head><title>ok</title></head><body><p>Hello, newsflow.</p></body></html>";

    final AtomicInteger hits = new AtomicInteger();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "edge-case-server");
        t.setDaemon(true);
        return t;
    });

    EdgeCaseServer() throws IOException {
        // The JDK server writes headers and body separately; without TCP_NODELAY every exchange waits for
        // a delayed ACK (~40 ms), which only slows the suite down.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        route("/ok", ex -> send(ex, 200, "text/html; charset=utf-8", HTML.getBytes(StandardCharsets.UTF_8)));
        route("/redirect/1", ex -> redirect(ex, 302, "/redirect/2"));
        route("/redirect/2", ex -> redirect(ex, 301, "http://127.0.0.1:" + port() + "/redirect/3/x"));
        route("/redirect/3/x", ex -> redirect(ex, 307, "../../ok#section"));
        route("/loop", ex -> redirect(ex, 302, "/loop"));
        route("/no-location", ex -> send(ex, 302, "text/html", new byte[0]));
        route("/to-metadata", ex -> redirect(ex, 302, "http://169.254.169.254/latest/meta-data/"));
        route("/to-private", ex -> redirect(ex, 302, "http://10.0.0.1/admin"));
        route("/to-ula", ex -> redirect(ex, 302, "http://[fd00:ec2::254]/latest/"));
        route("/to-zero", ex -> redirect(ex, 302, "http://0.0.0.0:" + port() + "/ok"));
        route("/to-ftp", ex -> redirect(ex, 302, "ftp://127.0.0.1/file"));
        route("/missing", ex -> send(ex, 404, "text/html", "gone".getBytes(StandardCharsets.UTF_8)));
        route("/forbidden", ex -> send(ex, 403, "text/html", "no".getBytes(StandardCharsets.UTF_8)));
        route("/unavailable", ex -> {
            ex.getResponseHeaders().add("Retry-After", "120");
            send(ex, 503, "text/html", "later".getBytes(StandardCharsets.UTF_8));
        });
        route("/rate-limited", ex -> {
            ex.getResponseHeaders().add("Retry-After", "Wed, 21 Oct 2099 07:28:00 GMT");
            send(ex, 429, "text/plain", new byte[0]);
        });
        route("/server-error", ex -> send(ex, 500, "text/html", "boom".getBytes(StandardCharsets.UTF_8)));
        route("/slow-headers", ex -> {
            sleep(4_500);
            send(ex, 200, "text/html", HTML.getBytes(StandardCharsets.UTF_8));
        });
        route("/slow-body", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 45; i++) {
                    out.write('x');
                    out.flush();
                    sleep(100);
                }
            }
        });
        route("/big-declared", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 64L * 1024 * 1024);
            streamZeros(ex, 64L * 1024 * 1024);
        });
        route("/big-chunked", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            streamZeros(ex, 64L * 1024 * 1024);
        });
        route("/gzip", ex -> {
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
            send(ex, 200, "text/html", gzip(HTML.getBytes(StandardCharsets.UTF_8)));
        });
        route("/deflate", ex -> {
            ex.getResponseHeaders().add("Content-Encoding", "deflate");
            send(ex, 200, "text/html", deflate(HTML.getBytes(StandardCharsets.UTF_8), false));
        });
        route("/raw-deflate", ex -> {
            ex.getResponseHeaders().add("Content-Encoding", "deflate");
            send(ex, 200, "text/html", deflate(HTML.getBytes(StandardCharsets.UTF_8), true));
        });
        route("/brotli", ex -> {
            ex.getResponseHeaders().add("Content-Encoding", "br");
            send(ex, 200, "text/html", new byte[] {1, 2, 3});
        });
        route("/corrupt-gzip", ex -> {
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
            send(ex, 200, "text/html", new byte[] {0x1f, (byte) 0x8b, 8, 0, 9, 9, 9, 9});
        });
        byte[] bomb = gzip(new byte[20 * 1024 * 1024]);
        route("/gzip-bomb", ex -> {
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
            send(ex, 200, "text/html", bomb);
        });
        byte[] textLike = gzip(lowEntropyText(3 * 1024 * 1024));
        route("/gzip-large", ex -> {
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
            send(ex, 200, "text/html", textLike);
        });
        route("/no-content", ex -> {
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
            ex.sendResponseHeaders(204, -1);
        });
        route("/image", ex -> send(ex, 200, "image/png", new byte[1024]));
        route("/no-type", ex -> send(ex, 200, null, "plain".getBytes(StandardCharsets.UTF_8)));
        route("/etag", ex -> {
            String ifNoneMatch = ex.getRequestHeaders().getFirst("If-None-Match");
            ex.getResponseHeaders().add("ETag", "\"v1\"");
            ex.getResponseHeaders().add("Last-Modified", "Tue, 01 Jul 2025 10:00:00 GMT");
            if ("\"v1\"".equals(ifNoneMatch)) {
                ex.sendResponseHeaders(304, -1);
                ex.close();
            } else {
                send(ex, 200, "text/html", HTML.getBytes(StandardCharsets.UTF_8));
            }
        });
        route("/echo-agent", ex -> send(ex, 200, "text/plain",
                String.valueOf(ex.getRequestHeaders().getFirst("User-Agent")).getBytes(StandardCharsets.UTF_8)));
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    private void route(String path, HttpHandler handler) {
        server.createContext(path, ex -> {
            hits.incrementAndGet();
            // createContext matches prefixes; keep routes exact.
            if (!ex.getRequestURI().getPath().equals(path)) {
                send(ex, 404, "text/plain", new byte[0]);
                return;
            }
            try {
                handler.handle(ex);
            } catch (IOException e) {
                // The client hung up on purpose (size limit, timeout): nothing to do.
            } finally {
                ex.close();
            }
        });
    }

    private static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            ex.getResponseHeaders().add("Content-Type", contentType);
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void redirect(HttpExchange ex, int status, String location) throws IOException {
        ex.getResponseHeaders().add("Location", location);
        send(ex, status, "text/html", new byte[0]);
    }

    private static void streamZeros(HttpExchange ex, long total) throws IOException {
        byte[] chunk = new byte[64 * 1024];
        try (OutputStream out = ex.getResponseBody()) {
            for (long sent = 0; sent < total; sent += chunk.length) {
                out.write(chunk);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] deflate(byte[] data, boolean raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(bytes, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
            out.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Text with about 4 bits of entropy per byte: compresses roughly 2:1, far below any bomb ratio. */
    static byte[] lowEntropyText(int length) {
        Random random = new Random(42);
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = (byte) ('a' + random.nextInt(16));
        }
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
