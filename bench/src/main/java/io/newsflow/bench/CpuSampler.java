package io.newsflow.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Samples, every {@code periodMillis}, the CPU time of every live Java thread (ThreadMXBean), the whole
 * process's CPU time, and the used heap. Afterwards {@link #cpuByCategory} gives the CPU spent in a time
 * window per thread category (a classifier of thread name and id), so CPU can be charged to pipeline
 * stages by their thread names. A thread that dies keeps its last sampled value: at most one period of
 * its CPU is lost. GC and JIT threads are not Java threads: {@link JvmThreadCpu} reads them from /proc
 * (Linux); what is left of the process total after all of these is "other JVM threads".
 */
final class CpuSampler implements AutoCloseable {
  /** One sample: wall time (epoch ms), per-thread cumulative CPU ns, process CPU ns, heap used bytes. */
  record Sample(long atMillis, Map<Long, Long> threadCpu, Map<Long, Long> jvmThreadCpu, long processCpuNanos,
      long heapUsed) {}

  static final String OTHER = "other JVM threads";

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final JvmThreadCpu jvmThreads = new JvmThreadCpu();
  private final Map<Long, String> names = new HashMap<>();
  private final List<Sample> samples = new ArrayList<>();
  private final Thread thread;
  private final long periodMillis;
  private volatile boolean running = true;
  private volatile long peakHeapUsed;

  CpuSampler(long periodMillis) {
    this.periodMillis = periodMillis;
    if (threads.isThreadCpuTimeSupported() && !threads.isThreadCpuTimeEnabled()) {
      threads.setThreadCpuTimeEnabled(true);
    }
    this.thread = new Thread(this::loop, "bench-sampler");
    this.thread.setDaemon(true);
  }

  void start() {
    sample();
    thread.start();
  }

  private void loop() {
    while (running) {
      try {
        Thread.sleep(periodMillis);
      } catch (InterruptedException e) {
        return;
      }
      sample();
    }
  }

  /** Takes one sample now (also called at the end so the last window edge is covered). */
  void sample() {
    long[] ids = threads.getAllThreadIds();
    ThreadInfo[] infos = threads.getThreadInfo(ids);
    Map<Long, Long> cpu = new HashMap<>(ids.length * 2);
    for (int i = 0; i < ids.length; i++) {
      long c = threads.getThreadCpuTime(ids[i]);
      if (c >= 0 && infos[i] != null) {
        cpu.put(ids[i], c);
        synchronized (names) {
          names.putIfAbsent(ids[i], infos[i].getThreadName());
        }
      }
    }
    long heap = memory.getHeapMemoryUsage().getUsed();
    peakHeapUsed = Math.max(peakHeapUsed, heap);
    Map<Long, Long> jvm;
    synchronized (jvmThreads) {
      jvm = jvmThreads.cumulative();
    }
    Sample s = new Sample(System.currentTimeMillis(), cpu, jvm, processCpuNanos(), heap);
    synchronized (samples) {
      samples.add(s);
    }
  }

  long peakHeapUsed() {
    return peakHeapUsed;
  }

  /**
   * CPU nanoseconds spent in {@code [fromMillis, toMillis]} per category, in order of first appearance,
   * plus the GC and JIT threads, {@code "process total"} and {@value #OTHER} (the total minus all of
   * those; with no /proc it holds GC and JIT too).
   */
  Map<String, Long> cpuByCategory(long fromMillis, long toMillis, BiFunction<String, Long, String> classifier) {
    List<Sample> copy;
    synchronized (samples) {
      copy = new ArrayList<>(samples);
    }
    Map<Long, Long> atStart = cumulativeAt(copy, fromMillis, Sample::threadCpu);
    Map<Long, Long> atEnd = cumulativeAt(copy, toMillis, Sample::threadCpu);
    Map<String, Long> out = new LinkedHashMap<>();
    long threadsTotal = 0;
    for (Map.Entry<Long, Long> e : atEnd.entrySet()) {
      long delta = e.getValue() - atStart.getOrDefault(e.getKey(), 0L);
      if (delta <= 0) {
        continue;
      }
      String name;
      synchronized (names) {
        name = names.getOrDefault(e.getKey(), "?");
      }
      out.merge(classifier.apply(name, e.getKey()), delta, Long::sum);
      threadsTotal += delta;
    }
    Map<Long, Long> jvmStart = cumulativeAt(copy, fromMillis, Sample::jvmThreadCpu);
    for (Map.Entry<Long, Long> e : cumulativeAt(copy, toMillis, Sample::jvmThreadCpu).entrySet()) {
      long delta = e.getValue() - jvmStart.getOrDefault(e.getKey(), 0L);
      if (delta > 0) {
        synchronized (jvmThreads) {
          out.merge(jvmThreads.category(e.getKey()), delta, Long::sum);
        }
        threadsTotal += delta;
      }
    }
    long process = processAt(copy, toMillis) - processAt(copy, fromMillis);
    out.put(OTHER, Math.max(0, process - threadsTotal));
    out.put("process total", process);
    return out;
  }

  /** Per-thread CPU as of the last sample at or before {@code atMillis}; dead threads keep their last value. */
  private static Map<Long, Long> cumulativeAt(List<Sample> samples, long atMillis,
      Function<Sample, Map<Long, Long>> field) {
    Map<Long, Long> out = new HashMap<>();
    for (Sample s : samples) {
      if (s.atMillis() > atMillis) {
        break;
      }
      out.putAll(field.apply(s));
    }
    return out;
  }

  private static long processAt(List<Sample> samples, long atMillis) {
    long v = 0;
    for (Sample s : samples) {
      if (s.atMillis() > atMillis) {
        break;
      }
      v = s.processCpuNanos();
    }
    return v;
  }

  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
