package io.newsflow.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The URLs of one owned partition of the host queue ({@link HostQueue}) that are taken but not yet
 * finished, so that only offsets below every unfinished one are committed: a URL is never committed
 * before its page reached the pages topic (or became a dead letter), so an instance that stops loses
 * nothing; its successor fetches what was unfinished.
 *
 * <p>Records below {@link #replayUntil()} (the committed offset when the partition was assigned) were
 * handled by an earlier owner; they are replayed only to rebuild the fetched-URL set. {@link #revoke()}
 * ends this ownership: queued tasks see {@link #live()} false and do not fetch. Thread-safe:
 * {@link #taken} runs on the consumer thread, {@link #done} on any.
 */
final class OffsetTracker {
  private final ConcurrentSkipListMap<Long, String> unfinished = new ConcurrentSkipListMap<>();
  private final long replayUntil;
  private volatile long next;
  private volatile boolean revoked;
  private volatile boolean paused;

  OffsetTracker(long replayUntil) {
    this.replayUntil = replayUntil;
    this.next = replayUntil;
  }

  long replayUntil() {
    return replayUntil;
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
    unfinished.remove(offset);
  }

  int unfinished() {
    return unfinished.size();
  }

  /** The offset to commit: the first unfinished one, else one past the last record read. */
  OptionalLong committable() {
    Long first = unfinished.isEmpty() ? null : unfinished.firstKey();
    long offset = first != null ? first : next;
    return offset > 0 ? OptionalLong.of(offset) : OptionalLong.empty();
  }

  boolean live() {
    return !revoked;
  }

  /** Ends this ownership; returns the URLs that were taken and not finished (the next owner fetches them). */
  List<String> revoke() {
    revoked = true;
    List<String> urls = new ArrayList<>(unfinished.values());
    unfinished.clear();
    return urls;
  }

  boolean paused() {
    return paused;
  }

  void paused(boolean paused) {
    this.paused = paused;
  }
}
