package io.newsflow.ingest;

import io.newsflow.ingest.discover.RobotsCache;
import io.newsflow.ingest.fetch.HostThrottle;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The crawler's manners for one URL: may it be fetched (robots.txt), and when (per-host spacing: the
 * larger of the configured delay and the robots.txt Crawl-delay). Hosts are {@code host[:port]}, so two
 * servers on one machine are two hosts.
 *
 * <p>Two checks space a host's requests: {@link #reserve} books slots when work is queued, and
 * {@link #holdOff} checks again on the worker just before sending. The second is needed because a
 * request that was late for its slot (workers busy, GC) would otherwise be followed at once by the next
 * one, which was on time, and late requests would bunch up. Thread-safe.
 */
final class Politeness {
  private final RobotsCache robots;
  private final HostThrottle throttle;
  private final Duration defaultDelay;
  /** When each host was last sent a request ({@link System#nanoTime()}). */
  private final ConcurrentHashMap<String, Long> lastSent = new ConcurrentHashMap<>();

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
    return throttle.reserve(hostKey(url), delayOf(url));
  }

  /**
   * The last check before sending to the URL's host: zero when its previous request is at least the
   * host's delay old (this request is then recorded as sent now), else how long to wait and check again.
   */
  Duration holdOff(String url) {
    long delay = delayOf(url).toNanos();
    long now = System.nanoTime();
    long[] wait = {0};
    lastSent.compute(hostKey(url), (host, last) -> {
      if (last != null && now - last < delay) {
        wait[0] = delay - (now - last);
        return last;
      }
      return now;
    });
    if (lastSent.size() > IngestApp.MAX_TRACKED_HOSTS) { // hosts idle longer than any delay impose no wait
      lastSent.values().removeIf(last -> now - last > IngestApp.MAX_HOST_DELAY.toNanos());
    }
    return Duration.ofNanos(wait[0]);
  }

  private Duration delayOf(String url) {
    return robots.crawlDelay(url).filter(d -> d.compareTo(defaultDelay) > 0).orElse(defaultDelay);
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
