package io.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SoakProbeTest {
  @Test
  void threadsOfOnePoolShareAGroupWhateverTheirNumberOrApplicationId() {
    assertThat(SoakProbe.threadGroup("kafka-scheduler-7")).isEqualTo("kafka-scheduler-N");
    assertThat(SoakProbe.threadGroup("newsflow-enrich-500b780b-dca4-450e-b508-94f0bc76d29d-StreamThread-1"))
        .isEqualTo("newsflow-enrich-*-StreamThread-N");
    assertThat(SoakProbe.threadGroup("executor-share-coordinator")).isEqualTo("executor-share-coordinator");
  }
}
