package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class OffsetTrackerTest {
  @Test
  void commitsNothingBeyondTheFirstUnfinishedUrl() {
    OffsetTracker t = new OffsetTracker(0);
    assertThat(t.committable()).isEmpty();
    t.taken(0, "http://a/1");
    t.taken(1, "http://a/2");
    t.taken(2, "http://a/3");
    t.done(1);
    t.done(2);
    assertThat(t.committable()).as("offset 0 still unfinished: nothing to commit").isEmpty();
    t.done(0);
    assertThat(t.committable()).hasValue(3);
  }

  @Test
  void replayedAndSkippedRecordsAdvanceTheCommit() {
    OffsetTracker t = new OffsetTracker(5);
    assertThat(t.committable()).as("a new owner starts at the committed offset").isEqualTo(OptionalLong.of(5));
    t.passed(3); // replayed: below the committed offset
    assertThat(t.committable()).hasValue(5);
    t.passed(5);
    assertThat(t.committable()).hasValue(6);
  }

  @Test
  void revokingHandsTheUnfinishedUrlsOverAndStopsQueuedTasks() {
    OffsetTracker t = new OffsetTracker(0);
    t.taken(0, "http://a/1");
    t.taken(1, "http://a/2");
    t.done(0);
    assertThat(t.live()).isTrue();
    assertThat(t.revoke()).containsExactly("http://a/2");
    assertThat(t.live()).isFalse();
    assertThat(t.unfinished()).isZero();
  }
}
