package io.newsflow.ingest;

import io.newsflow.ingest.discover.RobotsCache;
import io.newsflow.ingest.fetch.HostThrottle;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * The crawler's manners for one URL: may it be fetched (robots.txt), and when (per-host spacing: the
 * larger of the configured delay and the robots.txt Crawl-delay). Hosts are {@code host[:port]}, so two
 * servers on one machine are two hosts. Thread-safe.
 */
final class Politeness {
  private final RobotsCache robots;
  private final HostThrottle throttle;
  private final Duration defaultDelay;

  Politeness(RobotsCache robots, HostThrottle throttle, Duration defaultDelay) {
    this.robots = robots;
    this.throttle = throttle;
    this.defaultDelay = defaultDelay;
  }

  /** Whether robots.txt lets us fetch {@code url} (fetches and caches robots.txt on first use of a host). */
  boolean allowed(String url) {
    return robots.isAllowed(url);
  }

  /** Sitemaps announced by the robots.txt of the URL's host (empty when none or unreachable). */
  java.util.List<String> sitemaps(String url) {
    return robots.sitemaps(url);
  }

  /** Books the next request slot on the URL's host; returns how long to wait before sending. */
  Duration reserve(String url) {
    Duration delay = robots.crawlDelay(url).filter(d -> d.compareTo(defaultDelay) > 0).orElse(defaultDelay);
    return throttle.reserve(hostKey(url), delay);
  }

  /**
   * A server asked us to come back later (Retry-After on 429/503): no request goes to that host before
   * then (capped by the throttle's maximum delay).
   */
  void backOff(String url, Duration retryAfter) {
    if (retryAfter != null && retryAfter.compareTo(Duration.ZERO) > 0) {
      throttle.reserve(hostKey(url), retryAfter);
    }
  }

  static String hostKey(String url) {
    try {
      URI uri = URI.create(url);
      String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
      return uri.getPort() < 0 ? host : host + ":" + uri.getPort();
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
