package io.newsflow.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A loopback web site for crawler tests: routes can be set and changed while the crawler runs, every
 * request is logged (path, time, conditional headers), and a route with an ETag answers 304 to a
 * matching If-None-Match. Unknown paths are 404 (so robots.txt is "absent" unless set).
 */
public final class TestSite implements AutoCloseable {
  /** One answer. */
  public record Response(int status, String contentType, byte[] body, Map<String, String> headers) {
    public static Response ok(String contentType, String body) {
      return new Response(200, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
    }
  }

  /** One request as received. */
  public record Request(String path, long nanoTime, String ifNoneMatch) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "test-site");
    t.setDaemon(true);
    return t;
  });
  private final Map<String, Function<Integer, Response>> routes = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  public final List<Request> requests = new CopyOnWriteArrayList<>();

  public TestSite() throws IOException {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  public String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public String url(String path) {
    return base() + path;
  }

  /** Serves {@code response} at {@code path}. */
  public TestSite route(String path, Response response) {
    routes.put(path, n -> response);
    return this;
  }

  /** Serves the answer for the n-th request (1-based) of {@code path}. */
  public TestSite route(String path, Function<Integer, Response> byAttempt) {
    routes.put(path, byAttempt);
    return this;
  }

  public TestSite html(String path, String html) {
    return route(path, Response.ok("text/html; charset=utf-8", html));
  }

  public int hits(String path) {
    AtomicInteger n = hits.get(path);
    return n == null ? 0 : n.get();
  }

  public List<Request> requestsOf(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).toList();
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getRawPath();
    if (ex.getRequestURI().getRawQuery() != null) {
      path += "?" + ex.getRequestURI().getRawQuery();
    }
    String ifNoneMatch = ex.getRequestHeaders().getFirst("If-None-Match");
    requests.add(new Request(path, System.nanoTime(), ifNoneMatch));
    int n = hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    Function<Integer, Response> route = routes.get(path);
    try (ex) {
      if (route == null) {
        send(ex, new Response(404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8), Map.of()));
        return;
      }
      Response r = route.apply(n);
      String etag = r.headers().get("ETag");
      if (etag != null && etag.equals(ifNoneMatch)) {
        ex.getResponseHeaders().add("ETag", etag);
        ex.sendResponseHeaders(304, -1);
        return;
      }
      send(ex, r);
    }
  }

  private static void send(HttpExchange ex, Response r) throws IOException {
    r.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
    if (r.contentType() != null) {
      ex.getResponseHeaders().add("Content-Type", r.contentType());
    }
    ex.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
    if (r.body().length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(r.body());
      }
    }
  }

  /** An article page long enough for the cleaner, with the given body sentences. */
  public static String article(String title, String text) {
    StringBuilder html = new StringBuilder("<html><head><title>").append(title).append("</title></head><body><article>")
        .append("<h1>").append(title).append("</h1>");
    for (int i = 0; i < 4; i++) {
      html.append("<p>").append(text).append(" Paragraph ").append(i + 1)
          .append(" continues the report with enough words to count as article text for the cleaner.</p>");
    }
    return html.append("</article></body></html>").toString();
  }

  /** An RSS 2.0 feed linking to the given absolute URLs. */
  public static String rss(List<String> links) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
        + "<title>Test</title><link>http://example.org/</link><description>t</description>");
    for (String link : links) {
      xml.append("<item><title>Item</title><link>").append(link).append("</link></item>");
    }
    return xml.append("</channel></rss>").toString();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
