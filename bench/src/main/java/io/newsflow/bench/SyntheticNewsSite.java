package io.newsflow.bench;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A news site on loopback ({@link LoopbackHttpServer}, port chosen by the OS): {@code /news/N.html} is copy N
 * of the {@link PageTemplates}, {@code /feed/K.xml} an RSS 2.0 feed listing pages
 * {@code [K*perFeed, (K+1)*perFeed)} of {@code [0, total)}. Anything else is a 404 (robots.txt included:
 * everything allowed).
 *
 * <p>With a positive {@code pagesPerSecond} the site paces page responses to that rate (a shared slot
 * clock), which caps the pipeline's input rate: latency can then be measured below saturation.
 */
final class SyntheticNewsSite implements AutoCloseable {
  private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  private final PageTemplates templates;
  private final int total;
  private final int perFeed;
  private final long slotNanos;
  private final LoopbackHttpServer http;
  private final AtomicLong pagesServed = new AtomicLong();
  private final AtomicLong bytesServed = new AtomicLong();
  private long nextSlot;

  SyntheticNewsSite(PageTemplates templates, int total, int perFeed, double pagesPerSecond) {
    if (total < 1 || perFeed < 1) {
      throw new IllegalArgumentException("total and perFeed must be positive");
    }
    this.templates = templates;
    this.total = total;
    this.perFeed = perFeed;
    this.slotNanos = pagesPerSecond > 0 ? (long) (1e9 / pagesPerSecond) : 0;
    this.http = new LoopbackHttpServer("bench-site", 4, this::handle); // last: it serves at once
  }

  String base() {
    return http.base();
  }

  String pageUrl(int n) {
    return base() + "/news/" + n + ".html";
  }

  /** Feed URLs in page order: feed K lists pages K*perFeed onwards. */
  List<String> feedUrls() {
    List<String> out = new ArrayList<>();
    for (int k = 0; k * perFeed < total; k++) {
      out.add(base() + "/feed/" + k + ".xml");
    }
    return out;
  }

  long pagesServed() {
    return pagesServed.get();
  }

  long bytesServed() {
    return bytesServed.get();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      if (path.startsWith("/news/") && path.endsWith(".html")) {
        int n = (int) LoopbackHttpServer.number(path.substring(6, path.length() - 5));
        if (n >= 0 && n < total) {
          pace();
          long length = LoopbackHttpServer.sendChunks(ex, "text/html; charset=UTF-8", templates.pageChunks(n, pageUrl(n)));
          pagesServed.incrementAndGet();
          bytesServed.addAndGet(length);
          return;
        }
      } else if (path.startsWith("/feed/") && path.endsWith(".xml")) {
        int k = (int) LoopbackHttpServer.number(path.substring(6, path.length() - 4));
        if (k >= 0 && k * perFeed < total) {
          LoopbackHttpServer.send(ex, 200, "application/rss+xml; charset=UTF-8", feed(k).getBytes(StandardCharsets.UTF_8));
          return;
        }
      }
      LoopbackHttpServer.send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
    }
  }

  private String feed(int k) {
    StringBuilder sb = new StringBuilder(256 * perFeed);
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>bench ")
        .append(k).append("</title><link>").append(base()).append("/</link><description>synthetic</description>\n");
    Instant now = Instant.now();
    for (int n = k * perFeed; n < Math.min(total, (k + 1) * perFeed); n++) {
      String url = pageUrl(n);
      sb.append("<item><title>Bench article ").append(n).append("</title><link>").append(url)
          .append("</link><guid>").append(url).append("</guid><pubDate>")
          .append(RFC_1123.format(now.minusSeconds(n))).append("</pubDate></item>\n");
    }
    return sb.append("</channel></rss>\n").toString();
  }

  /** Waits for this response's slot when the site is paced; slots are handed out in request order. */
  private void pace() {
    if (slotNanos == 0) {
      return;
    }
    long slot;
    synchronized (this) {
      long now = System.nanoTime();
      slot = Math.max(now, nextSlot);
      nextSlot = slot + slotNanos;
    }
    long wait;
    while ((wait = slot - System.nanoTime()) > 0) {
      LockSupport.parkNanos(wait);
    }
  }

  @Override
  public void close() {
    http.close();
  }
}
