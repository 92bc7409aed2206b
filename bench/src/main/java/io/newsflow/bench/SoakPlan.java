package io.newsflow.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one soak run does.
 *
 * @param duration how long the site publishes at the soak rate
 * @param soakRate articles/s to publish at; 0 = calibrate first and use {@code loadFraction} of the
 *     measured maximum
 * @param loadFraction share of the calibrated maximum to soak at (e.g. 0.7)
 * @param calibrationWarmup saturated time before the calibration window (JIT, caches, topics)
 * @param calibration saturated window whose store rate is the maximum
 * @param backlog while calibrating, the site keeps this many published pages ahead of the store, so the
 *     pipeline always has work and the backlog to drain afterwards stays bounded
 * @param warmup start of the soak left out of the verdicts
 * @param sampleEvery time between samples
 * @param liveHeapEvery time between samples that force a full GC to measure the live heap
 * @param drainTimeout longest wait for the store to catch up after calibration and after the soak
 * @param settings extra pipeline settings ({@code --set KEY=VALUE})
 */
record SoakPlan(Duration duration, double soakRate, double loadFraction, Duration calibrationWarmup,
    Duration calibration, int backlog, Duration warmup, Duration sampleEvery, Duration liveHeapEvery,
    Duration drainTimeout, int partitions,
    int cleanThreads, int enrichThreads, Map<String, String> settings) {

  /** Feed items: a feed poll (every 1-2 s) must not miss what was published since the previous one. */
  static final int FEED_WINDOW = 1000;

  /**
   * The pipeline's bounded caches, shrunk so that they are full before the verdicts begin: at their
   * production sizes (a million URLs, 200,000 words) they would still be filling after hours at soak rates,
   * and their growth would hide a leak or look like one. Each copy of a page adds one new URL to both
   * seen-URL sets and one new word (its marker) to the stem memo. 5,000 URLs is five feed windows, so no
   * listed URL is ever forgotten while it is still listed. The state stores' off-heap budget (32 MiB, RocksDB
   * block cache and memtables of the cleaner's dedup store) fills as the store grows, ~1 MiB a minute at
   * 140 articles/s: 4 MiB is full within the warm-up. Their bounds are unit-tested (SeenUrlsTest, StemsTest,
   * BoundedStateMemoryTest) and the state memory is sampled; {@code --set} overrides these.
   */
  static final Map<String, String> CACHES_FULL_IN_WARMUP = Map.of(
      "ingest.dedup.max.urls", String.valueOf(5 * FEED_WINDOW),
      "enrich.stem.memo.words", "10000",
      "state.memory.bytes", String.valueOf(4L << 20));

  SoakPlan {
    if (duration.isNegative() || duration.isZero() || warmup.isNegative() || sampleEvery.isNegative()
        || sampleEvery.isZero() || liveHeapEvery.isNegative() || calibrationWarmup.isNegative() || calibration.isNegative()
        || drainTimeout.isNegative()) {
      throw new IllegalArgumentException("durations must be positive (warm-ups: not negative)");
    }
    if (duration.minus(warmup).compareTo(sampleEvery.multipliedBy(3)) < 0) {
      throw new IllegalArgumentException("the soak must last at least 3 samples beyond its warm-up");
    }
    if (soakRate < 0 || loadFraction <= 0 || loadFraction > 1) {
      throw new IllegalArgumentException("--soak-rate must not be negative, --load in (0, 1]");
    }
    if (soakRate <= 0 && calibration.isZero()) {
      throw new IllegalArgumentException("give --soak-rate or a calibration window");
    }
    if (backlog < 1 || backlog > FEED_WINDOW || partitions < 1 || cleanThreads < 1 || enrichThreads < 1) {
      throw new IllegalArgumentException("--backlog in [1, " + FEED_WINDOW + "], partitions and threads positive");
    }
    Map<String, String> withCaches = new LinkedHashMap<>(CACHES_FULL_IN_WARMUP);
    withCaches.putAll(settings);
    settings = Map.copyOf(withCaches);
  }

  boolean calibrates() {
    return soakRate <= 0;
  }
}
