package io.newsflow.bench;

import io.newsflow.common.streams.BoundedStateMemory;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.function.LongSupplier;

/**
 * Takes one {@link SoakSample} of this JVM and the pipeline in it: heap after the last GC (from a
 * {@link GcWatch} it resets at every sample), heap used, RSS, open file descriptors by kind, live
 * threads, the consumer lag of every group, pages published and articles stored. Not thread-safe: one
 * sampling thread.
 */
final class SoakProbe implements AutoCloseable {
  private final GcWatch gc = new GcWatch();
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  /**
   * The thread the JVM starts for the first tool that attaches (jcmd, jstack, a profiler) and keeps: the
   * observer's, not the pipeline's, so it is not counted.
   */
  static final String ATTACH_LISTENER = "Attach Listener";
  private static final Pattern UUID_PATTERN =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final SettledThreads settledThreads = new SettledThreads();
  private final ConsumerLag lag;
  private final LongSupplier published;
  private final LongSupplier stored;
  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private long lastHeapAfterGc;
  private long lastCpuNanos = os.getProcessCpuTime();
  private long lastNanos = System.nanoTime();

  SoakProbe(ConsumerLag lag, LongSupplier published, LongSupplier stored) {
    this.lag = lag;
    this.published = published;
    this.stored = stored;
    threadsByName(); // the first sample's threads then count as settled
  }

  /**
   * @param measureLive force a full GC first (System.gc(), a stop-the-world pause of ~0.1-0.5 s) and record
   *     the heap left in use as the live heap
   */
  SoakSample sample(String phase, boolean measureLive) throws Exception {
    long live = measureLive ? liveHeapAfterFullGc() : -1;
    GcWatch.Summary since = gc.summary();
    gc.reset();
    if (since.collections() > 0) {
      lastHeapAfterGc = since.lastHeapAfterBytes();
    }
    Map<String, Integer> fds = OpenFiles.byKind();
    int openFds = fds.values().stream().mapToInt(Integer::intValue).sum();
    Map<String, Long> lags = lag.byGroup();
    long cpu = os.getProcessCpuTime();
    long now = System.nanoTime();
    double cores = (double) (cpu - lastCpuNanos) / Math.max(1, now - lastNanos);
    lastCpuNanos = cpu;
    lastNanos = now;
    Map<String, Integer> byName = threadsByName();
    int liveThreads = byName.values().stream().mapToInt(Integer::intValue).sum();
    return new SoakSample(System.currentTimeMillis(), phase, lastHeapAfterGc, memory.getHeapMemoryUsage().getUsed(), live,
        ProcessMemory.rssBytes(), BoundedStateMemory.usedBytes(), openFds, fds, liveThreads, settledThreads.lastNew(), byName, lags, published.getAsLong(),
        stored.getAsLong(), since.collections(), cores, os.getSystemLoadAverage());
  }

  /**
   * Forces a full GC and returns the heap left in use, or -1 when the JVM skipped it every time (System.gc()
   * does nothing while a thread holds the GC locker in a JNI critical region, e.g. zstd or SQLite: the heap
   * then still holds garbage, seen as a "live heap" of 385 MiB a minute after 216).
   */
  private long liveHeapAfterFullGc() throws InterruptedException {
    for (int attempt = 0; attempt < 5; attempt++) {
      long before = fullCollections();
      System.gc();
      if (fullCollections() > before) {
        return memory.getHeapMemoryUsage().getUsed();
      }
      Thread.sleep(20);
    }
    return -1;
  }

  /** Collections of the collectors that collect the whole heap (G1 Old Generation, PS MarkSweep, ...). */
  private static long fullCollections() {
    long n = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      String name = gc.getName();
      if (name.contains("Old") || name.contains("MarkSweep")) {
        n += gc.getCollectionCount();
      }
    }
    return n;
  }

  /**
   * Live threads that were alive at the previous sample too ({@link SettledThreads}), counted by pool
   * ({@link #threadGroup}), so a failed verdict can name the pool that grew.
   */
  private Map<String, Integer> threadsByName() {
    List<SettledThreads.Seen> seen = new ArrayList<>();
    for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds(), 0)) {
      if (t != null && !t.getThreadName().equals(ATTACH_LISTENER)) {
        seen.add(new SettledThreads.Seen(t.getThreadId(), threadGroup(t.getThreadName())));
      }
    }
    return settledThreads.settled(seen);
  }

  /** A thread's name with UUIDs and numbers blanked: "kafka-scheduler-7" and "-3" are one pool. */
  static String threadGroup(String name) {
    return UUID_PATTERN.matcher(name).replaceAll("*").replaceAll("\\d+", "N");
  }

  @Override
  public void close() {
    gc.close();
  }
}
