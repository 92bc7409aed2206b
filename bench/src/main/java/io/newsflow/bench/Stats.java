package io.newsflow.bench;

import java.util.Arrays;

/**
 * Small statistics helpers of the benchmark. Percentiles use the nearest-rank method on a sorted copy
 * (no interpolation): p50 of {1,2,3,4} is 2, p99 of 100 values is the 99th smallest. Empty input gives
 * {@code Double.NaN}/0 rather than an exception, so a run that measured nothing still prints a report.
 */
final class Stats {
  private Stats() {}

  /**
   * Nearest-rank percentile of {@code values}: the smallest value with at least {@code p}% of the values
   * at or below it.
   *
   * @param p percentile in (0, 100]
   * @throws IllegalArgumentException when {@code p} is outside (0, 100]
   * @return the percentile, or {@code Double.NaN} for an empty array
   */
  static double percentile(long[] values, double p) {
    if (!(p > 0 && p <= 100)) {
      throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
    }
    if (values.length == 0) {
      return Double.NaN;
    }
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
  }

  /** Events per second; 0 when no time passed (never divides by zero). */
  static double perSecond(long events, long nanos) {
    return nanos <= 0 ? 0 : events * 1e9 / nanos;
  }

  /** {@code a / b}, or {@code Double.NaN} when {@code b} is zero. */
  static double ratio(double a, double b) {
    return b == 0 ? Double.NaN : a / b;
  }

  /** The steady-state measurement window: {@code articles} became visible in {@code (fromMillis, toMillis]}. */
  record Window(long fromMillis, long toMillis, long articles, boolean steady) {
    double perSecond() {
      return Stats.perSecond(articles, (toMillis - fromMillis) * 1_000_000L);
    }
  }

  /**
   * The output window after the warm-up, from batch commit times (ascending) and the number of new
   * articles each batch made visible: it starts at the commit of the batch that completes the first
   * {@code warmup} articles and ends at the last batch, so only articles committed after the warm-up
   * count. With no warm-up, or when the warm-up ends only in the last batch (batches too coarse), the
   * window falls back to {@code [fallbackStartMillis, last commit]} over all articles, with
   * {@code steady = false} in the second case.
   */
  static Window afterWarmup(long[] commitMillis, int[] newArticles, int warmup, long fallbackStartMillis) {
    if (commitMillis.length != newArticles.length) {
      throw new IllegalArgumentException("one count per commit time expected");
    }
    long total = 0;
    for (int n : newArticles) {
      total += n;
    }
    if (commitMillis.length == 0) {
      return new Window(fallbackStartMillis, fallbackStartMillis, 0, false);
    }
    long last = commitMillis[commitMillis.length - 1];
    if (warmup <= 0) {
      return new Window(fallbackStartMillis, last, total, true);
    }
    long cumulative = 0;
    for (int i = 0; i < commitMillis.length; i++) {
      cumulative += newArticles[i];
      if (cumulative >= warmup) {
        if (i == commitMillis.length - 1) {
          break;
        }
        return new Window(commitMillis[i], last, total - cumulative, true);
      }
    }
    return new Window(fallbackStartMillis, last, total, false);
  }
}
