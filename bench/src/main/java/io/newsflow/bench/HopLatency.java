package io.newsflow.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the fetch-to-row latency of the measured articles is spent, hop by hop: fetch time, append
 * time on {@code pages}, on {@code articles}, on {@code articles.enriched} ({@link AppendTimes}), and
 * the store's commit time ({@link CommitClock}). Records on {@code articles} and
 * {@code articles.enriched} are written in Kafka Streams transactions: the next stage sees them only
 * once that transaction commits, so the wait for the producing stage's commit counts in the
 * <em>next</em> hop. The clean hop includes the cleaner's internal repartition topic (one more
 * transaction). Percentiles of hops do not add up to the total's; the slowest 1% of articles, with the
 * mean of each hop over them, say which hop makes the tail.
 */
final class HopLatency {
  /** One hop's duration (ms) for every article that has all timestamps, in the same article order. */
  record Hop(String name, long[] millis) {}

  /** The hops plus the whole fetch-to-row latency, over the same articles. */
  record Breakdown(List<Hop> hops, long[] total, int missing) {
    /** The mean of each hop over the slowest {@code percent}% of articles by total (at least one). */
    double[] tailMeans(double percent) {
      int n = total.length;
      if (n == 0) {
        return new double[hops.size()];
      }
      int k = Math.max(1, (int) Math.ceil(n * percent / 100.0));
      List<Integer> slowest = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        slowest.add(i);
      }
      slowest.sort(Comparator.comparingLong((Integer i) -> total[i]).reversed());
      double[] means = new double[hops.size()];
      for (int h = 0; h < hops.size(); h++) {
        long sum = 0;
        for (int i : slowest.subList(0, k)) {
          sum += hops.get(h).millis()[i];
        }
        means[h] = (double) sum / k;
      }
      return means;
    }
  }

  private HopLatency() {}

  /**
   * Adds p50/p90/p99 of each hop and the hop means over the slowest 1% to {@code report}; with
   * {@code sharedHops} false only the last (store) hop, which is the only one that differs per store.
   */
  static void addTo(Report report, String section, Breakdown b, boolean sharedHops) {
    double[] tail = b.tailMeans(1);
    int from = sharedHops ? 0 : b.hops().size() - 1;
    String counted = b.total().length + " articles" + (b.missing() > 0 ? ", " + b.missing() + " without append times" : "");
    for (int h = from; h < b.hops().size(); h++) {
      Hop hop = b.hops().get(h);
      report.add(section, hop.name() + " p50", Stats.percentile(hop.millis(), 50), "ms", counted);
      report.add(section, hop.name() + " p90", Stats.percentile(hop.millis(), 90), "ms", "");
      report.add(section, hop.name() + " p99", Stats.percentile(hop.millis(), 99), "ms", "");
      report.add(section, hop.name() + ", slowest 1% (mean)", tail[h], "ms",
          "mean over the 1% of articles with the longest fetch->row latency");
    }
  }

  /**
   * The breakdown for the articles committed to one store, leaving out {@code excluded} (the warm-up);
   * an article missing from a topic's times is counted in {@code missing} and left out.
   */
  static Breakdown of(List<CommitClock.Commit> commits, Set<String> excluded, Map<String, Long> pages,
      Map<String, Long> articles, Map<String, Long> enriched, String store) {
    List<long[]> rows = new ArrayList<>();
    int missing = 0;
    for (CommitClock.Commit c : commits) {
      if (excluded.contains(c.articleId())) {
        continue;
      }
      Long p = pages.get(c.articleId());
      Long a = articles.get(c.articleId());
      Long e = enriched.get(c.articleId());
      if (p == null || a == null || e == null) {
        missing++;
        continue;
      }
      rows.add(new long[] {c.fetchedAtMillis(), p, a, e, c.committedAtMillis()});
    }
    String[] names = {"fetched -> on pages", "pages -> articles (clean)", "articles -> articles.enriched (enrich)",
        "articles.enriched -> row in " + store + " (sink)"};
    List<Hop> hops = new ArrayList<>();
    for (int h = 0; h < names.length; h++) {
      long[] millis = new long[rows.size()];
      for (int i = 0; i < rows.size(); i++) {
        millis[i] = rows.get(i)[h + 1] - rows.get(i)[h];
      }
      hops.add(new Hop(names[h], millis));
    }
    long[] total = rows.stream().mapToLong(r -> r[4] - r[0]).toArray();
    return new Breakdown(hops, total, missing);
  }
}
