package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SourceStateTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private final SourceSpec feed = new SourceSpec("https://example.org/rss", SourceType.RSS, null);

  private SourceState state() {
    return new SourceState(feed, Duration.ofMinutes(5), Duration.ofMinutes(1), Duration.ofMinutes(30), T0);
  }

  @Test
  void aNewSourceIsDueAtOnceAndNotWhilePolling() {
    SourceState s = state();
    assertThat(s.isDue(T0)).isTrue();
    s.inFlight = true;
    assertThat(s.isDue(T0)).isFalse();
  }

  @Test
  void busyFeedsArePolledMoreOftenDownToTheMinimum() {
    SourceState s = state();
    s.polled(T0, true, null);
    assertThat(s.interval()).isEqualTo(Duration.ofSeconds(150));
    for (int i = 0; i < 10; i++) {
      s.polled(T0, true, null);
    }
    assertThat(s.interval()).isEqualTo(Duration.ofMinutes(1));
    assertThat(s.nextDue()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
  }

  @Test
  void idleFeedsArePolledLessOftenUpToTheMaximum() {
    SourceState s = state();
    s.polled(T0, false, null);
    assertThat(s.interval()).isEqualTo(Duration.ofSeconds(450));
    for (int i = 0; i < 20; i++) {
      s.polled(T0, false, null);
    }
    assertThat(s.interval()).isEqualTo(Duration.ofMinutes(30));
    assertThat(s.isDue(T0.plus(Duration.ofMinutes(29)))).isFalse();
    assertThat(s.isDue(T0.plus(Duration.ofMinutes(30)))).isTrue();
  }

  @Test
  void retryAfterPostponesTheNextPoll() {
    SourceState s = state();
    s.polled(T0, false, Duration.ofHours(2));
    assertThat(s.nextDue()).isEqualTo(T0.plus(Duration.ofHours(2)));
  }

  @Test
  void aSourcesOwnIntervalIsTheStartingPointWithinBounds() {
    SourceState s = new SourceState(new SourceSpec("https://x.example/rss", SourceType.RSS, Duration.ofDays(1)),
        Duration.ofMinutes(5), Duration.ofMinutes(1), Duration.ofMinutes(30), T0);
    assertThat(s.interval()).isEqualTo(Duration.ofMinutes(30));
  }
}
