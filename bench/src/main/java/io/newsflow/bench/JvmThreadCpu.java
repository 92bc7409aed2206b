package io.newsflow.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time of the JVM's own native threads (garbage collector, JIT compilers), which ThreadMXBean does
 * not list, read from {@code /proc/self/task/<tid>/stat} (Linux). Without it GC and JIT show up only
 * together, as the process CPU minus all Java threads. Elsewhere {@link #cumulative} is empty.
 */
final class JvmThreadCpu {
  static final String GC = "GC threads";
  static final String JIT = "JIT compiler threads";
  private static final Path TASKS = Path.of("/proc/self/task");
  /** USER_HZ: /proc reports CPU in clock ticks of 10 ms on every common Linux build. */
  private static final long NANOS_PER_TICK = 10_000_000L;

  /** Category per thread id; "" for threads that are neither (Java threads, other native ones). */
  private final Map<Long, String> categories = new HashMap<>();

  /** Cumulative CPU ns per GC or JIT thread id, with its category in {@link #category}. */
  Map<Long, Long> cumulative() {
    Map<Long, Long> out = new HashMap<>();
    try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
      for (Path task : tasks) {
        long tid = Long.parseLong(task.getFileName().toString());
        String stat = Files.readString(task.resolve("stat"), StandardCharsets.US_ASCII);
        String category = categories.computeIfAbsent(tid, id -> categoryOf(commOf(stat)));
        if (!category.isEmpty()) {
          out.put(tid, cpuNanos(stat));
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux, or a thread ended while being read: what was read so far is still right
    }
    return out;
  }

  String category(long tid) {
    return categories.getOrDefault(tid, "");
  }

  /** HotSpot's native thread names (truncated to 15 characters by the kernel). */
  static String categoryOf(String comm) {
    if (comm.startsWith("GC Thread") || comm.startsWith("G1 ") || comm.equals("VM Thread")) {
      return GC; // VM Thread runs the safepoint operations, the GC pauses among them
    }
    if (comm.startsWith("C1 CompilerThre") || comm.startsWith("C2 CompilerThre")) {
      return JIT;
    }
    return "";
  }

  /** The name between the parentheses of field 2 (it may itself contain spaces or parentheses). */
  static String commOf(String stat) {
    return stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
  }

  /** utime + stime: fields 14 and 15, counted from after the name's closing parenthesis. */
  static long cpuNanos(String stat) {
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * NANOS_PER_TICK;
  }
}
