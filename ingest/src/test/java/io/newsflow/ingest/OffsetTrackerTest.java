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
    assertThat(t.committable()).as("offset 0 still unfinished: the commit stays at 0").hasValue(0);
    t.done(0);
    assertThat(t.committable()).hasValue(3);
  }

  @Test
  void anUnfinishedFirstRecordStillCommitsTheFinishedOnesAboveItInTheMetadata() {
    OffsetTracker t = new OffsetTracker(0);
    t.taken(0, "http://a/1"); // waits for the host's robots.txt
    t.taken(1, "http://a/2");
    t.taken(2, "http://a/3");
    assertThat(t.committable()).as("nothing finished: nothing to commit").isEmpty();
    t.done(1);
    t.done(2);
    assertThat(t.committable()).hasValue(0);
    assertThat(t.finishedMetadata(0)).isEqualTo("1-2");
    OffsetTracker next = new OffsetTracker(0, t.finishedMetadata(0));
    assertThat(next.handledBefore(0)).isFalse();
    assertThat(next.handledBefore(1)).as("the next owner does not fetch it again").isTrue();
    assertThat(next.handledBefore(2)).isTrue();
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
    assertThat(t.begin(1)).as("a queued task may start while the partition is owned").isTrue();
    t.end(1);
    assertThat(t.revoke()).containsExactly("http://a/2");
    assertThat(t.begin(1)).as("a queued task does not start once it is revoked").isFalse();
    assertThat(t.unfinished()).isZero();
  }

  @Test
  void aStoppedPartitionStartsNoFetchButLetsTheBegunOnesFinishAndCommit() throws Exception {
    OffsetTracker t = new OffsetTracker(0);
    t.taken(0, "http://a/1");
    t.taken(1, "http://a/2");
    t.taken(2, "http://a/3");
    assertThat(t.begin(0)).isTrue(); // on the wire
    assertThat(t.begin(1)).isTrue();
    t.end(1); // failed transiently, retried later: nothing on the wire
    t.stop();
    assertThat(t.begin(2)).as("a queued fetch does not start once the partition is moving").isFalse();
    assertThat(t.begin(1)).as("nor does the retry").isFalse();
    assertThat(t.awaitIdle(0)).as("offset 0 is still being fetched").isFalse();

    Thread finisher = new Thread(() -> {
      sleep(50);
      t.done(0); // its page reached the topic
    });
    finisher.start();
    assertThat(t.awaitIdle(5_000)).isTrue();
    finisher.join();
    assertThat(t.committable()).as("the fetched page is committed by this owner, not fetched again").hasValue(1);
    assertThat(t.revoke()).containsExactly("http://a/2", "http://a/3");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void finishedOffsetsAboveTheCommitTravelInItsMetadataToTheNextOwner() {
    OffsetTracker t = new OffsetTracker(100);
    for (long o = 100; o < 110; o++) {
      t.taken(o, "http://h" + (o % 2) + "/" + o);
    }
    for (long o : new long[] {101, 103, 104, 105, 109}) { // host h1 is ahead of host h0
      t.done(o);
    }
    long committed = t.committable().orElseThrow();
    assertThat(committed).isEqualTo(100);
    String metadata = t.finishedMetadata(committed);
    assertThat(metadata).isEqualTo("1,3-5,9");

    OffsetTracker next = new OffsetTracker(committed, metadata);
    assertThat(next.handledBefore(99)).isTrue();
    assertThat(next.handledBefore(100)).as("unfinished: fetched by the next owner").isFalse();
    assertThat(next.handledBefore(101)).isTrue();
    assertThat(next.handledBefore(104)).isTrue();
    assertThat(next.handledBefore(106)).isFalse();
    assertThat(next.handledBefore(109)).isTrue();
    assertThat(OffsetTracker.decode(5, "not,base-36!")).as("unreadable metadata: refetch, never skip").isEmpty();
  }
}
