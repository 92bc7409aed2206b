package io.newsflow.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The fetcher's meters, one fixed tag set each:
 * <ul>
 *   <li>{@code newsflow.ingest.fetches{kind, outcome, reason}}: every HTTP fetch or local read; kind is
 *       page, feed, sitemap, urls, warc or html-dir; outcome is ok, not-modified, retry, failed or
 *       robots-disallowed; reason is the failure reason (none on success).</li>
 *   <li>{@code newsflow.ingest.pages{outcome}}: produced, duplicate-url, produce-failed, route-failed (not
 *       queued on the urls topic: a dead letter), handed-over (queued here when its host moved to another
 *       instance, which fetches it).</li>
 *   <li>{@code newsflow.ingest.warc.records{outcome}}: WARC records by what became of them.</li>
 *   <li>{@code newsflow.ingest.fetch.latency}: time per page fetch.</li>
 * </ul>
 * Failures that a user must see are also dead letters (counted in {@code newsflow.ingest.bad.input}).
 */
final class CrawlMetrics {
  static final String NONE = "none";

  private final MeterRegistry registry;
  final Timer fetchLatency;

  CrawlMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.fetchLatency = Timer.builder("newsflow.ingest.fetch.latency").description("Time to fetch one page")
        .register(registry);
    page("produced", 0); // registered up front so dashboards show a zero
  }

  void fetch(String kind, String outcome, String reason) {
    Counter.builder("newsflow.ingest.fetches").description("Fetches and reads by kind, outcome and reason")
        .tag("kind", kind).tag("outcome", outcome).tag("reason", reason == null ? NONE : reason)
        .register(registry).increment();
  }

  void page(String outcome) {
    page(outcome, 1);
  }

  private void page(String outcome, double amount) {
    Counter.builder("newsflow.ingest.pages").description("Pages by outcome (produced to the pages topic or not)")
        .tag("outcome", outcome).register(registry).increment(amount);
  }

  void warcRecord(String outcome) {
    Counter.builder("newsflow.ingest.warc.records").description("WARC records read, by outcome")
        .tag("outcome", outcome).register(registry).increment();
  }

  double count(String name, String tag, String value) {
    return registry.find(name).tag(tag, value).counters().stream().mapToDouble(Counter::count).sum();
  }
}
