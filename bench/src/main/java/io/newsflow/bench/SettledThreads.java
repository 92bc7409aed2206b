package io.newsflow.bench;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts, by pool, the threads that were already alive at the previous sample (~10 s earlier).
 *
 * <p>Why: a thread that lives for milliseconds is work in flight, not growth, but a sample that happens
 * to see one or two counted them as growth (soak run 7: "Thread-N" 0 -> 1 -> 0 a dozen times, 2 once in
 * the last third, and the verdict failed). Those were the JDK's thread-per-task executor behind the
 * HttpClient on a 2-CPU machine, since removed ({@code CommonPoolParallelism}); short-lived threads can
 * have other sources. A leaked thread stays and is counted from its second sample on, so growth is still
 * seen, ~10 s late.
 */
final class SettledThreads {
  /** One live thread: its id (never reused while the JVM runs) and its pool name. */
  record Seen(long id, String group) {}

  private Set<Long> previous = new HashSet<>();
  private int fleeting;

  /** The threads of this sample that were alive at the previous one, by pool; remembers this sample's ids. */
  Map<String, Integer> settled(Iterable<Seen> now) {
    Map<String, Integer> byGroup = new TreeMap<>();
    Set<Long> ids = new HashSet<>();
    int fresh = 0;
    for (Seen t : now) {
      ids.add(t.id());
      if (previous.contains(t.id())) {
        byGroup.merge(t.group(), 1, Integer::sum);
      } else {
        fresh++;
      }
    }
    previous = ids;
    fleeting = fresh;
    return byGroup;
  }

  /** Threads of the last sample not alive at the one before (new or fleeting): shown in the progress line and CSV, not judged. */
  int lastNew() {
    return fleeting;
  }
}
