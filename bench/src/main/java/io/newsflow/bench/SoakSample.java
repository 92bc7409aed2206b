package io.newsflow.bench;

import java.util.Map;

/**
 * One soak sample (taken every ~10 s). Heap after GC is the heap in use right after the last collection
 * before the sample (live data plus garbage G1 kept); heap used is the instant value, garbage included.
 *
 * <p>Live heap is the heap in use right after a full collection the probe forced (about once a minute):
 * the live data alone. Heap after GC is not: after a young collection it still holds the old generation's
 * garbage until the next mixed collection, a sawtooth of a few hundred MiB.
 *
 * @param atMillis wall-clock time of the sample
 * @param phase what the run was doing ("calibrate", "drain", "soak", "final drain")
 * @param liveHeapBytes heap used after a forced full GC; -1 when this sample did not force one
 * @param stateMemoryBytes off-heap bytes the Streams state stores hold (RocksDB cache and memtables, bounded)
 * @param fdsByKind open file descriptors by what they point at (socket, kafka log, rocksdb, ...)
 * @param threads live threads that were alive at the previous sample too ({@link SettledThreads}: not the
 *     threads that live for milliseconds), less the JVM's Attach Listener ({@link SoakProbe#ATTACH_LISTENER})
 * @param newThreads threads of this sample that were not alive at the previous one (new, or living for
 *     milliseconds): shown so a rising count of short-lived threads is visible, not judged
 * @param threadsByName the same threads by name with numbers and ids blanked ({@link SoakProbe#threadGroup})
 * @param lagByGroup consumer lag (records) of every consumer group and Streams app, summed over partitions
 * @param published pages the site had published
 * @param stored articles in the SQLite store
 * @param gcs collections since the previous sample
 * @param cpuCores process CPU time since the previous sample over the wall time (cores busy)
 * @param loadAverage the machine's 1-minute load average (-1 when unknown)
 */
record SoakSample(long atMillis, String phase, long heapAfterGcBytes, long heapUsedBytes, long liveHeapBytes,
    long rssBytes, long stateMemoryBytes, int openFds,
    Map<String, Integer> fdsByKind, int threads, int newThreads, Map<String, Integer> threadsByName, Map<String, Long> lagByGroup, long published, long stored, int gcs,
    double cpuCores, double loadAverage) {

  boolean measuredLiveHeap() {
    return liveHeapBytes >= 0;
  }

  /** Lag summed over every group. */
  long totalLag() {
    return lagByGroup.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Published pages not (yet) in the store. */
  long backlog() {
    return published - stored;
  }
}
