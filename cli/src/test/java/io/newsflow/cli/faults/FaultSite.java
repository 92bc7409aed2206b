package io.newsflow.cli.faults;

import com.sun.net.httpserver.HttpExchange;
import io.newsflow.bench.LoopbackHttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves a {@link FaultCorpus} on loopback: {@code /news/N.html} and RSS feeds {@code /feed/K.xml} of
 * {@code perFeed} pages each. With network faults on, a seeded share of the pages fails its first one
 * or two requests — connection closed without a response, a 503, a body cut short of its
 * Content-Length, or a response that stalls past the fetcher's read timeout — and is served normally
 * after that, as a flaky real site would.
 */
final class FaultSite implements AutoCloseable {
  /** How a request fails. */
  enum NetworkFault { RESET, UNAVAILABLE, TRUNCATED, STALL }

  private final FaultCorpus corpus;
  private final int perFeed;
  private final double faultRate;
  private final LoopbackHttpServer http;
  private final ConcurrentHashMap<Integer, AtomicInteger> attempts = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<NetworkFault, AtomicInteger> injected = new ConcurrentHashMap<>();
  private final AtomicInteger served = new AtomicInteger();
  private volatile boolean stopping;

  /** @param faultRate share of pages whose first requests fail (0 = none) */
  FaultSite(FaultCorpus corpus, int perFeed, double faultRate) {
    this.corpus = corpus;
    this.perFeed = perFeed;
    this.faultRate = faultRate;
    this.http = new LoopbackHttpServer("fault-site", 16, this::handle); // last: it serves at once
  }

  String base() {
    return http.base();
  }

  String pageUrl(int n) {
    return base() + "/news/" + n + ".html";
  }

  List<String> feedUrls() {
    List<String> out = new ArrayList<>();
    for (int k = 0; k * perFeed < corpus.size(); k++) {
      out.add(base() + "/feed/" + k + ".xml");
    }
    return out;
  }

  /** Page responses served in full so far. */
  int pagesServed() {
    return served.get();
  }

  /** Faults served so far, by kind. */
  String injectedSummary() {
    StringBuilder sb = new StringBuilder();
    for (NetworkFault f : NetworkFault.values()) {
      AtomicInteger c = injected.get(f);
      sb.append(sb.length() == 0 ? "" : ", ").append(f.name().toLowerCase(java.util.Locale.ROOT)).append(' ')
          .append(c == null ? 0 : c.get());
    }
    return sb.toString();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      if (path.startsWith("/news/") && path.endsWith(".html")) {
        int n = (int) LoopbackHttpServer.number(path.substring(6, path.length() - 5));
        if (n >= 0 && n < corpus.size()) {
          byte[] body = corpus.page(n, pageUrl(n));
          NetworkFault fault = faultFor(n, attempts.computeIfAbsent(n, k -> new AtomicInteger()).getAndIncrement());
          if (fault != null) {
            injected.computeIfAbsent(fault, k -> new AtomicInteger()).incrementAndGet();
            fail(ex, fault, body);
          } else {
            LoopbackHttpServer.send(ex, 200, "text/html; charset=UTF-8", body);
            served.incrementAndGet();
          }
          return;
        }
      } else if (path.startsWith("/feed/") && path.endsWith(".xml")) {
        int k = (int) LoopbackHttpServer.number(path.substring(6, path.length() - 4));
        if (k >= 0 && k * perFeed < corpus.size()) {
          LoopbackHttpServer.send(ex, 200, "application/rss+xml; charset=UTF-8", feed(k).getBytes(StandardCharsets.UTF_8));
          return;
        }
      }
      LoopbackHttpServer.send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The fault of request {@code attempt} (0-based) of page {@code n}, or null to serve it. */
  private NetworkFault faultFor(int n, int attempt) {
    if (faultRate <= 0) {
      return null;
    }
    java.util.SplittableRandom r = new java.util.SplittableRandom(corpus.seed() * 1_000_003L + n); // well mixed per page
    if (r.nextDouble() >= faultRate) {
      return null;
    }
    NetworkFault kind = NetworkFault.values()[r.nextInt(NetworkFault.values().length)];
    // a stall costs a whole read timeout: fail once; the others fail once or twice
    int failures = kind == NetworkFault.STALL ? 1 : 1 + r.nextInt(2);
    return attempt < failures ? kind : null;
  }

  private void fail(HttpExchange ex, NetworkFault fault, byte[] body) throws IOException {
    switch (fault) {
      case RESET -> { } // closing the exchange without a response drops the connection
      case UNAVAILABLE -> LoopbackHttpServer.send(ex, 503, "text/plain", "busy".getBytes(StandardCharsets.UTF_8));
      case TRUNCATED -> {
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
        ex.sendResponseHeaders(200, body.length);
        OutputStream out = ex.getResponseBody();
        out.write(body, 0, body.length / 3);
        out.flush();
        // closing the exchange now leaves the body short of its declared length
      }
      case STALL -> {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
        while (!stopping && System.nanoTime() < until) {
          try {
            Thread.sleep(200);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      }
    }
  }

  private String feed(int k) {
    StringBuilder sb = new StringBuilder(256 * perFeed)
        .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>faults ")
        .append(k).append("</title><link>").append(base()).append("/</link><description>d</description>\n");
    for (int n = k * perFeed; n < Math.min(corpus.size(), (k + 1) * perFeed); n++) {
      String url = pageUrl(n);
      sb.append("<item><title>Item ").append(n).append("</title><link>").append(url).append("</link><guid>")
          .append(url).append("</guid></item>\n");
    }
    return sb.append("</channel></rss>\n").toString();
  }

  @Override
  public void close() {
    stopping = true;
    http.close();
  }
}
