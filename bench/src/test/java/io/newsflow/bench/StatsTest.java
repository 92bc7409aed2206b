package io.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StatsTest {
  @Test
  void nearestRankPercentilesOfASmallSample() {
    long[] v = {40, 10, 30, 20};
    assertThat(Stats.percentile(v, 50)).isEqualTo(20);
    assertThat(Stats.percentile(v, 75)).isEqualTo(30);
    assertThat(Stats.percentile(v, 99)).isEqualTo(40);
    assertThat(Stats.percentile(v, 100)).isEqualTo(40);
    assertThat(Stats.percentile(v, 1)).isEqualTo(10);
  }

  @Test
  void p99OfAHundredValuesIsTheNinetyNinthSmallest() {
    long[] v = new long[100];
    for (int i = 0; i < 100; i++) {
      v[i] = 100 - i; // 100 .. 1, unsorted on purpose
    }
    assertThat(Stats.percentile(v, 99)).isEqualTo(99);
    assertThat(Stats.percentile(v, 50)).isEqualTo(50);
  }

  @Test
  void percentileLeavesItsInputUnsorted() {
    long[] v = {3, 1, 2};
    Stats.percentile(v, 50);
    assertThat(v).containsExactly(3, 1, 2);
  }

  @Test
  void emptyInputGivesNaNAndBadPercentilesAreRefused() {
    assertThat(Stats.percentile(new long[0], 50)).isNaN();
    assertThatThrownBy(() -> Stats.percentile(new long[] {1}, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Stats.percentile(new long[] {1}, 101)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ratesNeverDivideByZero() {
    assertThat(Stats.perSecond(10, 2_000_000_000L)).isEqualTo(5.0);
    assertThat(Stats.perSecond(10, 0)).isZero();
    assertThat(Stats.ratio(1, 0)).isNaN();
  }

  @Test
  void windowStartsAtTheBatchThatCompletesTheWarmUp() {
    long[] at = {1_000, 2_000, 3_000, 4_000};
    int[] fresh = {30, 30, 20, 20};
    Stats.Window w = Stats.afterWarmup(at, fresh, 50, 0);
    assertThat(w.steady()).isTrue();
    assertThat(w.fromMillis()).isEqualTo(2_000);
    assertThat(w.toMillis()).isEqualTo(4_000);
    assertThat(w.articles()).isEqualTo(40);
    assertThat(w.perSecond()).isEqualTo(20.0);
  }

  @Test
  void withoutWarmUpTheWindowStartsAtTheFallbackAndCountsEverything() {
    Stats.Window w = Stats.afterWarmup(new long[] {1_500, 2_000}, new int[] {5, 5}, 0, 1_000);
    assertThat(w.fromMillis()).isEqualTo(1_000);
    assertThat(w.articles()).isEqualTo(10);
    assertThat(w.perSecond()).isEqualTo(10.0);
  }

  @Test
  void aWarmUpEndingInTheLastBatchIsNotASteadyWindow() {
    Stats.Window w = Stats.afterWarmup(new long[] {1_500, 2_000}, new int[] {5, 100}, 50, 1_000);
    assertThat(w.steady()).isFalse();
    assertThat(w.articles()).isEqualTo(105);
    assertThat(w.fromMillis()).isEqualTo(1_000);
  }

  @Test
  void rssLinesOfProcStatusAreParsedInBytes() {
    assertThat(ProcessMemory.parseKbLine("VmHWM:\t  123456 kB")).isEqualTo(123456L * 1024);
    assertThat(ProcessMemory.parseKbLine("VmHWM:")).isEqualTo(-1);
    assertThat(ProcessMemory.parseKbLine("VmHWM: lots kB")).isEqualTo(-1);
  }
}
