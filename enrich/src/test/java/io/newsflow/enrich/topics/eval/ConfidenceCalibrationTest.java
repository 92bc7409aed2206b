package io.newsflow.enrich.topics.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ConfidenceCalibrationTest {

  @Test
  void bucketsGuessesAndWeighsTheCalibrationErrorByDocuments() {
    // 0.05 (wrong) -> below 0.5; 0.55, 0.58 (one right) -> 0.5-0.6; 0.95, 1.0 (both right) -> 0.9-1.0
    ConfidenceCalibration c = ConfidenceCalibration.of(new double[] {0.05, 0.55, 0.58, 0.95, 1.0},
        new boolean[] {false, true, false, true, true});
    assertThat(c.buckets()).hasSize(6);
    assertThat(c.buckets().get(0).docs()).isEqualTo(1);
    assertThat(c.buckets().get(1).accuracy()).isEqualTo(0.5);
    assertThat(c.buckets().get(1).meanConfidence()).isCloseTo(0.565, within(1e-12));
    assertThat(c.buckets().get(5).docs()).isEqualTo(2);
    assertThat(c.buckets().get(5).accuracy()).isEqualTo(1.0);
    // ECE = 1/5 * |0 - 0.05| + 2/5 * |0.5 - 0.565| + 2/5 * |1 - 0.975| = 0.01 + 0.026 + 0.01
    assertThat(c.expectedCalibrationError()).isCloseTo(0.046, within(1e-12));
    assertThat(c.table()).contains("0.9-1.0").doesNotContain("0.6-0.7");
  }

  @Test
  void perfectlyCalibratedGuessesHaveNoError() {
    ConfidenceCalibration c = ConfidenceCalibration.of(new double[] {1.0, 1.0}, new boolean[] {true, true});
    assertThat(c.expectedCalibrationError()).isZero();
  }
}
