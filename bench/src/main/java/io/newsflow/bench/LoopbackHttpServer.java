package io.newsflow.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A JDK {@link HttpServer} on the loopback address (port chosen by the OS) with its own pool of daemon
 * threads, started at construction: what the bench's sites and the fault suite's site serve through.
 */
public final class LoopbackHttpServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor;

  /** Starts serving every path with {@code handler}, on {@code threads} threads named {@code threadName-N}. */
  public LoopbackHttpServer(String threadName, int threads, HttpHandler handler) {
    AtomicInteger n = new AtomicInteger();
    executor = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, threadName + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    } catch (IOException e) {
      executor.shutdownNow();
      throw new UncheckedIOException("cannot start a loopback HTTP server for " + threadName, e);
    }
    server.setExecutor(executor);
    server.createContext("/", handler);
    server.start();
  }

  /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
  public String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Sends a whole body with its status and content type. */
  public static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  /** Sends a 200 whose body is given in chunks (shared template bytes around a copy's own); returns its length. */
  public static long sendChunks(HttpExchange ex, String type, List<byte[]> chunks) throws IOException {
    long length = 0;
    for (byte[] c : chunks) {
      length += c.length;
    }
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(200, length);
    try (OutputStream out = ex.getResponseBody()) {
      for (byte[] c : chunks) {
        out.write(c);
      }
    }
    return length;
  }

  /** The number in a path segment such as {@code 17} of {@code /news/17.html}; -1 if it is not one. */
  public static long number(String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
