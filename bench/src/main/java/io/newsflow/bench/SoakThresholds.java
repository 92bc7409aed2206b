package io.newsflow.bench;

/**
 * The rules the soak judges by, fixed before a run (not options: a threshold tuned to the run it judges
 * proves nothing).
 *
 * @param memorySlopeBytesPer10Min largest least-squares slope of the live heap (and of RSS) that counts
 *     as flat: 1% of the maximum heap per 10 minutes (a leak that would take ~17 hours to grow by the heap)
 * @param memoryThirdRise largest rise of the last third's median over the first third's that counts as
 *     flat (10%)
 * @param lagRiseFraction a lag (or publish-to-store backlog) is bounded when its last-third maximum is at
 *     most its first-third maximum plus this fraction of it (50%) ...
 * @param lagRiseSeconds ... or plus this many seconds of the soak rate's articles, whichever is larger
 *     (the pipeline takes articles in bursts: a feed poll every 1-2 s)
 */
record SoakThresholds(double memorySlopeBytesPer10Min, double memoryThirdRise, double lagRiseFraction,
    double lagRiseSeconds) {

  static SoakThresholds forMaxHeap(long maxHeapBytes) {
    return new SoakThresholds(0.01 * maxHeapBytes, 0.10, 0.5, 10);
  }
}
