package io.newsflow.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * The URLs of one owned partition of the host queue ({@link HostQueue}) that are taken but not yet
 * finished, so that only offsets below every unfinished one are committed: a URL is never committed
 * before its page reached the pages topic (or became a dead letter), so an instance that stops loses
 * nothing; its successor fetches what was unfinished.
 *
 * <p>Records below {@link #replayUntil()} (the committed offset when the partition was assigned), and
 * those above it that the commit's metadata lists as finished ({@link #finishedMetadata()}: one host of
 * the partition may be far ahead of another), were handled by an earlier owner; they are replayed only
 * to rebuild the fetched-URL set. {@link #stop()} ends this ownership for new work: queued tasks see
 * {@link #begin} false and do not fetch, while fetches already {@linkplain #begin begun} may finish
 * ({@link #awaitIdle}) so that their pages are committed here rather than fetched again by the next owner;
 * {@link #revoke()} then hands the rest over. Thread-safe: {@link #taken} runs on the consumer thread,
 * {@link #done} on any.
 */
final class OffsetTracker {
  /** Longest commit metadata written (brokers accept 4096 bytes by default). */
  static final int MAX_METADATA_CHARS = 3_000;
  private final ConcurrentSkipListMap<Long, String> unfinished = new ConcurrentSkipListMap<>();
  /** Finished offsets above the first unfinished one (they cannot be committed yet). */
  private final ConcurrentSkipListSet<Long> finished = new ConcurrentSkipListSet<>();
  /** Offsets whose fetch attempt has begun and has neither finished nor ended (on the wire or producing). */
  private final Set<Long> active = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final long replayUntil;
  private final Set<Long> finishedBefore;
  private volatile long next;
  private volatile boolean revoked;
  private volatile boolean paused;

  OffsetTracker(long replayUntil) {
    this(replayUntil, "");
  }

  /**
   * @param replayUntil the committed offset
   * @param metadata the committed metadata: offsets above it that were finished ({@link #finishedMetadata()})
   */
  OffsetTracker(long replayUntil, String metadata) {
    this.replayUntil = replayUntil;
    this.next = replayUntil;
    this.finishedBefore = decode(replayUntil, metadata);
  }

  long replayUntil() {
    return replayUntil;
  }

  /** Whether an earlier owner finished the record at {@code offset}. */
  boolean handledBefore(long offset) {
    return offset < replayUntil || finishedBefore.contains(offset);
  }

  /** The record at {@code offset} was read and needs no work (replayed, or unreadable). */
  void passed(long offset) {
    next = Math.max(next, offset + 1);
  }

  /** The record at {@code offset} is being fetched. */
  void taken(long offset, String url) {
    unfinished.put(offset, url);
    passed(offset);
  }

  /** The record at {@code offset} is finished (page produced, dead letter, or duplicate). */
  void done(long offset) {
    if (unfinished.remove(offset) != null) {
      finished.add(offset);
    }
    active.remove(offset);
  }

  /**
   * A fetch attempt of the record at {@code offset} starts; false once {@link #stop() stopped}: then it must
   * not fetch (the next owner does). Atomic with {@link #stop()}, so no attempt begins after a stop returned.
   */
  synchronized boolean begin(long offset) {
    if (revoked) {
      return false;
    }
    active.add(offset);
    return true;
  }

  /** The attempt ended without finishing the record (a retry is scheduled): nothing of it is on the wire. */
  void end(long offset) {
    active.remove(offset);
  }

  /** No new attempt may begin (ownership is ending); attempts already begun may still finish. */
  synchronized void stop() {
    revoked = true;
  }

  /**
   * Waits until every begun attempt has finished or ended, at most {@code maxWaitMillis}; true when none is left.
   * A page fetched while its partition moves is then committed by this owner instead of being fetched again.
   */
  boolean awaitIdle(long maxWaitMillis) throws InterruptedException {
    long deadline = System.nanoTime() + maxWaitMillis * 1_000_000L;
    while (!active.isEmpty()) {
      if (System.nanoTime() >= deadline) {
        return false;
      }
      Thread.sleep(5);
    }
    return true;
  }

  /** Attempts begun and not yet finished or ended. */
  int active() {
    return active.size();
  }

  int unfinished() {
    return unfinished.size();
  }

  /**
   * The offset to commit: the first unfinished one, else one past the last record read; empty when there is
   * nothing to say. Offset 0 is committed too when records above it are finished: an unfinished first record
   * (a host's first page waits for its robots.txt) must not keep those out of the commit's metadata, or the
   * next owner fetches them all again.
   */
  OptionalLong committable() {
    Long first = unfinished.isEmpty() ? null : unfinished.firstKey();
    long offset = first != null ? first : next;
    finished.headSet(offset).clear();
    return offset > 0 || !finished.isEmpty() ? OptionalLong.of(offset) : OptionalLong.empty();
  }

  /**
   * The finished offsets above {@code committed}, for the commit's metadata: comma-separated base-36
   * distances from it, ranges as {@code a-b}; empty when they do not fit in {@link #MAX_METADATA_CHARS}
   * (then the next owner fetches them again, which the cleaner's content-hash dedup absorbs).
   */
  String finishedMetadata(long committed) {
    StringBuilder out = new StringBuilder();
    long start = -1;
    long prev = -1;
    for (long o : finished.tailSet(committed)) {
      if (start >= 0 && o == prev + 1) {
        prev = o;
        continue;
      }
      append(out, committed, start, prev);
      start = o;
      prev = o;
    }
    append(out, committed, start, prev);
    return out.length() <= MAX_METADATA_CHARS ? out.toString() : "";
  }

  private static void append(StringBuilder out, long base, long start, long end) {
    if (start < 0) {
      return;
    }
    if (out.length() > 0) {
      out.append(',');
    }
    out.append(Long.toString(start - base, 36));
    if (end > start) {
      out.append('-').append(Long.toString(end - base, 36));
    }
  }

  /** Reads {@link #finishedMetadata}; anything unreadable counts as nothing finished (safe: refetched). */
  static Set<Long> decode(long base, String metadata) {
    Set<Long> out = new HashSet<>();
    if (metadata == null || metadata.isBlank()) {
      return out;
    }
    try {
      for (String part : metadata.split(",")) {
        int dash = part.indexOf('-');
        long a = Long.parseLong(dash < 0 ? part : part.substring(0, dash), 36);
        long b = dash < 0 ? a : Long.parseLong(part.substring(dash + 1), 36);
        for (long d = a; d <= b && out.size() < 1_000_000; d++) {
          out.add(base + d);
        }
      }
    } catch (NumberFormatException e) {
      out.clear();
    }
    return out;
  }

  /** Ends this ownership; returns the URLs that were taken and not finished (the next owner fetches them). */
  List<String> revoke() {
    stop();
    List<String> urls = new ArrayList<>(unfinished.values());
    unfinished.clear();
    active.clear();
    return urls;
  }

  boolean paused() {
    return paused;
  }

  void paused(boolean paused) {
    this.paused = paused;
  }
}
