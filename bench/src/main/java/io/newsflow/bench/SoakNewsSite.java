package io.newsflow.bench;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A news site on loopback that keeps publishing, for the soak: pages {@code [0, published)} exist, and
 * {@code /feed/latest.xml} lists the newest {@code window} of them (RSS 2.0, newest first, with an ETag
 * so an unchanged feed costs a 304). Whoever drives the soak moves {@link #publishUpTo(long)} forward;
 * the site has no pacing of its own. {@code /news/N.html} is copy N of the {@link PageTemplates} (its
 * own URL, canonical URL and marker, so every copy is a distinct article). Anything else is a 404.
 */
final class SoakNewsSite implements AutoCloseable {
  private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  private final PageTemplates templates;
  private final int window;
  private final LoopbackHttpServer http;
  private final AtomicLong published = new AtomicLong();
  private final AtomicLong pagesServed = new AtomicLong();

  /** @param window items in the feed: must exceed what is published between two polls of the feed */
  SoakNewsSite(PageTemplates templates, int window) {
    if (window < 1) {
      throw new IllegalArgumentException("window must be positive");
    }
    this.templates = templates;
    this.window = window;
    this.http = new LoopbackHttpServer("bench-site", 4, this::handle); // last: it serves at once
  }

  String feedUrl() {
    return base() + "/feed/latest.xml";
  }

  String pageUrl(long n) {
    return base() + "/news/" + n + ".html";
  }

  int window() {
    return window;
  }

  /** Publishes pages up to (excluding) {@code n}; never moves back. */
  void publishUpTo(long n) {
    if (n > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("more pages than the site can number: " + n);
    }
    published.accumulateAndGet(n, Math::max);
  }

  long published() {
    return published.get();
  }

  long pagesServed() {
    return pagesServed.get();
  }

  private String base() {
    return http.base();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      if (path.startsWith("/news/") && path.endsWith(".html")) {
        long n = LoopbackHttpServer.number(path.substring(6, path.length() - 5));
        if (n >= 0 && n < published.get()) {
          page(ex, (int) n);
          return;
        }
      } else if (path.equals("/feed/latest.xml")) {
        feed(ex);
        return;
      }
      LoopbackHttpServer.send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
    }
  }

  private void page(HttpExchange ex, int n) throws IOException {
    LoopbackHttpServer.sendChunks(ex, "text/html; charset=UTF-8", templates.pageChunks(n, pageUrl(n)));
    pagesServed.incrementAndGet();
  }

  private void feed(HttpExchange ex) throws IOException {
    long upTo = published.get();
    String etag = "\"" + upTo + "\"";
    if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
      ex.getResponseHeaders().set("ETag", etag);
      ex.sendResponseHeaders(304, -1);
      return;
    }
    ex.getResponseHeaders().set("ETag", etag);
    LoopbackHttpServer.send(ex, 200, "application/rss+xml; charset=UTF-8", rss(upTo).getBytes(StandardCharsets.UTF_8));
  }

  String rss(long upTo) {
    StringBuilder sb = new StringBuilder(160 * window);
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>soak</title><link>")
        .append(base()).append("/</link><description>synthetic, keeps publishing</description>\n");
    Instant now = Instant.now();
    for (long n = upTo - 1; n >= Math.max(0, upTo - window); n--) {
      String url = pageUrl(n);
      sb.append("<item><title>Soak article ").append(n).append("</title><link>").append(url)
          .append("</link><guid>").append(url).append("</guid><pubDate>")
          .append(RFC_1123.format(now.minusSeconds(upTo - n))).append("</pubDate></item>\n");
    }
    return sb.append("</channel></rss>\n").toString();
  }

  @Override
  public void close() {
    http.close();
  }
}
