package io.newsflow.ingest;

import java.time.Duration;
import java.time.Instant;

/**
 * What the fetcher remembers about one source between polls: the validators for a conditional GET
 * ({@code ETag}, {@code Last-Modified}) and the adaptive poll interval.
 *
 * <p>The interval starts at the source's own or the configured poll interval (clamped to
 * {@code [min, max]}); a poll that found new items halves it, a poll that found nothing (or a 304)
 * grows it by half, always within {@code [min, max]}, so busy feeds are polled often and idle ones
 * rarely. A server's {@code Retry-After} postpones the next poll at least that long. Not thread-safe:
 * the fetcher confines each state to one poll at a time ({@link #inFlight}).
 */
final class SourceState {
  final SourceSpec spec;
  private final Duration min;
  private final Duration max;
  private Duration interval;
  private Instant nextDue;
  String etag;
  String lastModified;
  /** A poll of this source is running or scheduled; the scheduler must not start another. */
  volatile boolean inFlight;
  /** Nothing more to read (a WARC archive read to its end, or any source in one-shot mode). */
  volatile boolean completed;

  SourceState(SourceSpec spec, Duration initial, Duration min, Duration max, Instant now) {
    this.spec = spec;
    this.min = min;
    this.max = max;
    this.interval = clamp(spec.pollInterval() != null ? spec.pollInterval() : initial);
    this.nextDue = now; // a new source is polled at once
  }

  boolean isDue(Instant now) {
    return !inFlight && !completed && !now.isBefore(nextDue);
  }

  /** Records a finished poll: {@code newItems} tells whether it found anything not seen before. */
  void polled(Instant now, boolean newItems, Duration retryAfter) {
    interval = clamp(newItems ? interval.dividedBy(2) : interval.plus(interval.dividedBy(2)));
    Duration wait = retryAfter != null && retryAfter.compareTo(interval) > 0 ? retryAfter : interval;
    nextDue = now.plus(wait);
  }

  Duration interval() {
    return interval;
  }

  Instant nextDue() {
    return nextDue;
  }

  private Duration clamp(Duration d) {
    if (d.compareTo(min) < 0) {
      return min;
    }
    return d.compareTo(max) > 0 ? max : d;
  }
}
