package io.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GcWatchTest {
  @Test
  void countsCausesPauseTimeAndHeapAfterCollections() {
    try (GcWatch watch = new GcWatch()) {
      watch.reset();
      watch.record(GcWatch.HUMONGOUS, 3, 500);
      watch.record("G1 Evacuation Pause", 4, 300);
      GcWatch.Summary s = watch.summary();
      assertThat(s.collections()).isEqualTo(2);
      assertThat(s.causedBy(GcWatch.HUMONGOUS)).isEqualTo(1);
      assertThat(s.totalMillis()).isEqualTo(7);
      assertThat(s.peakHeapAfterBytes()).isEqualTo(500);
      assertThat(s.lastHeapAfterBytes()).isEqualTo(300);
      watch.reset();
      assertThat(watch.summary().collections()).isZero();
    }
  }

  @Test
  void hearsARealCollection() throws InterruptedException {
    try (GcWatch watch = new GcWatch()) {
      System.gc();
      for (int i = 0; i < 100 && watch.summary().collections() == 0; i++) {
        Thread.sleep(20); // notifications arrive on a JMX thread
      }
      assertThat(watch.summary().collections()).isPositive();
      assertThat(watch.summary().peakHeapAfterBytes()).isPositive();
    }
  }
}
