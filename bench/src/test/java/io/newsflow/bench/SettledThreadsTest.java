package io.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SettledThreadsTest {
  private static SettledThreads.Seen t(long id, String group) {
    return new SettledThreads.Seen(id, group);
  }

  @Test
  void aThreadSeenInOneSampleOnlyIsNotCountedButOneThatStaysIs() {
    SettledThreads threads = new SettledThreads();
    threads.settled(List.of(t(1, "main"), t(2, "kafka-scheduler-N")));

    // a JNI-attached native thread for a moment: seen once
    assertThat(threads.settled(List.of(t(1, "main"), t(2, "kafka-scheduler-N"), t(90, "Thread-N"))))
        .containsOnlyKeys("main", "kafka-scheduler-N");
    assertThat(threads.lastNew()).isEqualTo(1);
    // another one later, with a new id: again not counted
    assertThat(threads.settled(List.of(t(1, "main"), t(2, "kafka-scheduler-N"), t(91, "Thread-N"))))
        .doesNotContainKey("Thread-N");
    // a leaked thread stays: counted from its second sample on
    threads.settled(List.of(t(1, "main"), t(2, "kafka-scheduler-N"), t(7, "pool-N-thread-N")));
    assertThat(threads.settled(List.of(t(1, "main"), t(2, "kafka-scheduler-N"), t(7, "pool-N-thread-N"))))
        .containsEntry("pool-N-thread-N", 1).hasSize(3);
    assertThat(threads.lastNew()).isZero();
  }

  @Test
  void aThreadThatEndsIsNoLongerCounted() {
    SettledThreads threads = new SettledThreads();
    threads.settled(List.of(t(1, "main"), t(5, "newsflow-http-N")));
    threads.settled(List.of(t(1, "main"), t(5, "newsflow-http-N")));

    assertThat(threads.settled(List.of(t(1, "main")))).containsOnlyKeys("main");
  }
}
