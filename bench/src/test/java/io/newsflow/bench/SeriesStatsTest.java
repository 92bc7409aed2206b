package io.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SeriesStatsTest {
  @Test
  void slopeOfAnExactLineIsItsGradient() {
    double[] x = {0, 1, 2, 3, 4};
    double[] y = {5, 7, 9, 11, 13};
    assertThat(SeriesStats.slope(x, y)).isCloseTo(2.0, within(1e-12));
  }

  @Test
  void slopeOfSymmetricNoiseAroundAFlatLineIsZero() {
    double[] x = {0, 1, 2, 3, 4, 5};
    double[] y = {10, 12, 8, 8, 12, 10};
    assertThat(SeriesStats.slope(x, y)).isCloseTo(0.0, within(1e-12));
  }

  @Test
  void slopeOfOnePointOrOneDistinctXIsZero() {
    assertThat(SeriesStats.slope(new double[] {1}, new double[] {3})).isZero();
    assertThat(SeriesStats.slope(new double[] {2, 2}, new double[] {1, 9})).isZero();
  }

  @Test
  void medianOfOddAndEvenCounts() {
    assertThat(SeriesStats.median(new double[] {3, 1, 2})).isEqualTo(2);
    assertThat(SeriesStats.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
    assertThat(SeriesStats.median(new double[0])).isNaN();
  }

  @Test
  void thirdsAreEquallyLongAndTakenFromEachEnd() {
    double[] v = {1, 2, 3, 4, 5, 6, 7};
    assertThat(SeriesStats.firstThird(v)).containsExactly(1, 2);
    assertThat(SeriesStats.lastThird(v)).containsExactly(6, 7);
    assertThat(SeriesStats.firstThird(new double[] {9, 8})).containsExactly(9);
    assertThat(SeriesStats.lastThird(new double[] {9, 8})).containsExactly(8);
  }
}
