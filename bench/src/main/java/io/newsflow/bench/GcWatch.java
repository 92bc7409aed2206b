package io.newsflow.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Counts the garbage collections of this JVM while open, from the collectors' JMX notifications: how
 * many, why (the GC cause, e.g. "G1 Humongous Allocation"), how long they took, and the heap in use
 * right after each one. Heap after GC is the live data plus what the collector chose to keep: unlike
 * the sampled used heap (which climbs to whatever the collector lets it reach before collecting), its
 * peak and its last value show whether the pipeline's memory grows.
 *
 * <p>Concurrent-cycle notifications (JDK 20+'s "G1 Concurrent GC") are left out: they are not pauses.
 */
final class GcWatch implements AutoCloseable {
  /** What the collectors reported while the watch was open. */
  record Summary(int collections, Map<String, Integer> byCause, long totalMillis, long peakHeapAfterBytes,
      long lastHeapAfterBytes) {
    int causedBy(String cause) {
      return byCause.getOrDefault(cause, 0);
    }
  }

  static final String HUMONGOUS = "G1 Humongous Allocation";

  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final NotificationListener listener = this::onNotification;
  private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
  private final Map<String, Integer> byCause = new TreeMap<>();
  private int collections;
  private long totalMillis;
  private long peakAfter;
  private long lastAfter;

  GcWatch() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
        emitters.add(emitter);
      }
    }
  }

  private void onNotification(Notification n, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
    if (info.getGcName().contains("Concurrent")) {
      return;
    }
    long after = 0;
    for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
      if (heapPools.contains(pool.getKey())) {
        after += pool.getValue().getUsed();
      }
    }
    record(info.getGcCause(), info.getGcInfo().getDuration(), after);
  }

  synchronized void record(String cause, long millis, long heapAfterBytes) {
    collections++;
    byCause.merge(cause, 1, Integer::sum);
    totalMillis += millis;
    peakAfter = Math.max(peakAfter, heapAfterBytes);
    lastAfter = heapAfterBytes;
  }

  /** Forgets what was counted so far. */
  synchronized void reset() {
    collections = 0;
    byCause.clear();
    totalMillis = 0;
    peakAfter = 0;
    lastAfter = 0;
  }

  synchronized Summary summary() {
    return new Summary(collections, Map.copyOf(byCause), totalMillis, peakAfter, lastAfter);
  }

  @Override
  public void close() {
    for (NotificationEmitter e : emitters) {
      try {
        e.removeNotificationListener(listener);
      } catch (ListenerNotFoundException ignored) {
        // already gone
      }
    }
  }
}
