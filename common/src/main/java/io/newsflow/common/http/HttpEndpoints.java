package io.newsflow.common.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

/**
 * The small HTTP server every stage runs: {@code /metrics} (Prometheus text), {@code /healthz}
 * (the process is alive) and {@code /readyz} (200 only when every registered readiness check
 * passes, e.g. the Streams app is RUNNING or the store is reachable). Stages may add routes.
 */
public final class HttpEndpoints implements AutoCloseable {
  private final HttpServer server;
  private final List<Readiness> checks = new CopyOnWriteArrayList<>();

  /** A named readiness check, shown in the /readyz body. */
  public record Readiness(String name, BooleanSupplier ready) {}

  public HttpEndpoints(String host, int port, PrometheusMeterRegistry registry) {
    // Without TCP_NODELAY every small reply waits ~40 ms (Nagle + delayed ACK); read at server creation.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    try {
      server = HttpServer.create(new InetSocketAddress(host, port), 64);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + host + ":" + port
          + " (port in use? set http.port, or 0 for a free port)", e);
    }
    server.setExecutor(Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "newsflow-http");
      t.setDaemon(true);
      return t;
    }));
    route("/metrics", ex -> send(ex, 200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape()));
    route("/healthz", ex -> send(ex, 200, "text/plain; charset=utf-8", "ok\n"));
    route("/readyz", this::readiness);
  }

  public void addReadiness(String name, BooleanSupplier ready) {
    checks.add(new Readiness(name, ready));
  }

  public void route(String path, HttpHandler handler) {
    server.createContext(path, ex -> {
      try (ex) {
        handler.handle(ex);
      } catch (RuntimeException e) {
        send(ex, 500, "text/plain; charset=utf-8", "internal error: " + e + "\n");
      }
    });
  }

  public HttpEndpoints start() {
    server.start();
    return this;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private void readiness(HttpExchange ex) throws IOException {
    StringBuilder body = new StringBuilder();
    boolean all = !checks.isEmpty();
    for (Readiness c : checks) {
      boolean ok;
      try {
        ok = c.ready().getAsBoolean();
      } catch (RuntimeException e) {
        ok = false;
      }
      all &= ok;
      body.append(c.name()).append(ok ? " ready\n" : " not ready\n");
    }
    send(ex, all ? 200 : 503, "text/plain; charset=utf-8", body.length() == 0 ? "starting\n" : body.toString());
  }

  public static void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", contentType);
    ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
