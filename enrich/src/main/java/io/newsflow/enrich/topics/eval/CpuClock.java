package io.newsflow.enrich.topics.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Nanosecond clock for throughput figures: the current thread's CPU time when the JVM supports it
 * (so "docs/s" means per core and does not drop when other processes share the machine), else wall
 * time.
 */
final class CpuClock {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final boolean CPU = THREADS.isCurrentThreadCpuTimeSupported();

  private CpuClock() {}

  static long now() {
    return CPU ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }
}
