package io.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import org.junit.jupiter.api.Test;

/** The soak's verdicts on hand-made sample series: 30 min of samples every 10 s. */
class SoakJudgeTest {
  private static final long MIB = 1024 * 1024;
  private static final int N = 180;
  /** 1 GiB heap: flat means at most ~10.2 MiB per 10 min. */
  private static final SoakThresholds RULES = SoakThresholds.forMaxHeap(1024 * MIB);
  private static final double RATE = 70;

  @Test
  void aSawtoothHeapAroundAFixedLevelIsFlat() {
    SoakJudge.Verdict v = verdict(series(i -> (400 + (i % 6) * 20) * MIB, i -> 150, i -> 200, i -> 300), "live heap");
    assertThat(v.passed()).as(v.figures()).isTrue();
  }

  @Test
  void aHeapGrowingTwentyMiBPerTenMinutesIsNotFlat() {
    // 20 MiB per 10 min = 1/3 MiB per sample of 10 s; the medians rise by ~13 MiB only (< 10%)
    SoakJudge.Verdict v = verdict(series(i -> (long) ((400 + i / 3.0) * MIB), i -> 150, i -> 200, i -> 300), "live heap");
    assertThat(v.passed()).isFalse();
    assertThat(v.figures()).contains("slope +20.0 MiB/10 min");
    assertThat(v.check()).isEqualTo("live heap flat");
  }

  @Test
  void aStepUpInTheLastThirdIsNotFlat() {
    // 400 MiB, then 460 MiB for the last 45 samples: last-third median 460 > 400 * 1.1
    SoakJudge.Verdict v = verdict(series(i -> (i < N - 45 ? 400 : 460) * MIB, i -> 150, i -> 200, i -> 300), "live heap");
    assertThat(v.passed()).isFalse();
  }

  @Test
  void theLiveHeapNeedsThreeForcedGcsAfterTheWarmUp() {
    List<SoakSample> samples = series(i -> 400 * MIB, i -> 150, i -> 200, i -> 300).subList(0, 12); // 2 forced
    SoakJudge.Verdict v = find(SoakJudge.judge(samples, RULES, RATE, 1000, 1000), "live heap");
    assertThat(v.passed()).isFalse();
    assertThat(v.figures()).isEqualTo("2 live-heap measurements");
  }

  @Test
  void rssIsJudgedByTheSameRules() {
    SoakJudge.Verdict v = verdict(series(i -> 400 * MIB, i -> 150, i -> 200, i -> 300, i -> (1200 + i) * MIB), "RSS");
    assertThat(v.passed()).as(v.figures()).isFalse();
  }

  @Test
  void oneMoreFileDescriptorAtTheEndIsGrowth() {
    SoakJudge.Verdict v = verdict(series(i -> 400 * MIB, i -> i == N - 1 ? 151 : 150, i -> 200, i -> 300), "open file");
    assertThat(v.passed()).isFalse();
    assertThat(v.figures()).contains("max first third 150, last third 151");
  }

  @Test
  void descriptorsThatComeAndGoWithoutRisingAreNoGrowth() {
    SoakJudge.Verdict v = verdict(series(i -> 400 * MIB, i -> 148 + i % 3, i -> 200, i -> 300), "open file");
    assertThat(v.passed()).as(v.figures()).isTrue();
  }

  @Test
  void aThreadStartedLateIsGrowth() {
    SoakJudge.Verdict v = verdict(series(i -> 400 * MIB, i -> 150, i -> i > N / 2 ? 201 : 200, i -> 300), "live threads");
    assertThat(v.passed()).isFalse();
    assertThat(v.figures()).endsWith("; more at the end: executor-share-coordinator 0 -> 1");
  }

  @Test
  void lagThatSwingsWithFeedPollsIsBounded() {
    SoakJudge.Verdict v = verdict(series(i -> 400 * MIB, i -> 150, i -> 200, i -> (i * 37) % 300), "consumer lag");
    assertThat(v.passed()).as(v.figures()).isTrue();
  }

  @Test
  void lagGrowingByTwoArticlesPerSecondIsUnbounded() {
    // 20 records per 10-s sample: 3,580 at the end; allowed is first-third max + max(50%, 700)
    SoakJudge.Verdict v = verdict(series(i -> 400 * MIB, i -> 150, i -> 200, i -> 20L * i), "consumer lag");
    assertThat(v.passed()).isFalse();
    assertThat(v.rule()).contains("= 1880"); // 1,180 + 700 (10 s at 70/s beats 50% of 1,180)
  }

  @Test
  void aBacklogGrowingWhileLagLooksSmallIsCaught() {
    List<SoakSample> samples = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      samples.add(sample(i, 400 * MIB, 150, 200, 100, 1200 * MIB, 700L * i, 700L * i - 30L * i));
    }
    SoakJudge.Verdict v = find(SoakJudge.judge(samples, RULES, RATE, 700L * N, 700L * N), "publish-to-store");
    assertThat(v.passed()).isFalse();
  }

  @Test
  void articlesMissingAfterTheDrainFail() {
    List<SoakSample> samples = series(i -> 400 * MIB, i -> 150, i -> 200, i -> 100);
    assertThat(find(SoakJudge.judge(samples, RULES, RATE, 126_000, 125_999), "every published").passed()).isFalse();
    assertThat(find(SoakJudge.judge(samples, RULES, RATE, 126_000, 126_000), "every published").passed()).isTrue();
  }

  @Test
  void tooFewSamplesCannotBeJudged() {
    List<SoakSample> two = series(i -> 400 * MIB, i -> 150, i -> 200, i -> 100).subList(0, 2);
    assertThatThrownBy(() -> SoakJudge.judge(two, RULES, RATE, 0, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  private static SoakJudge.Verdict verdict(List<SoakSample> samples, String check) {
    return find(SoakJudge.judge(samples, RULES, RATE, 1000, 1000), check);
  }

  private static SoakJudge.Verdict find(List<SoakJudge.Verdict> verdicts, String prefix) {
    return verdicts.stream().filter(v -> v.check().startsWith(prefix)).findFirst().orElseThrow();
  }

  private static List<SoakSample> series(IntToLongFunction heap, IntToDoubleFunction fds, IntToDoubleFunction threads,
      IntToLongFunction lag) {
    return series(heap, fds, threads, lag, i -> 1200 * MIB);
  }

  private static List<SoakSample> series(IntToLongFunction heap, IntToDoubleFunction fds, IntToDoubleFunction threads,
      IntToLongFunction lag, IntToLongFunction rss) {
    List<SoakSample> out = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      out.add(sample(i, heap.applyAsLong(i), (int) fds.applyAsDouble(i), (int) threads.applyAsDouble(i),
          lag.applyAsLong(i), rss.applyAsLong(i), 700L * i, 700L * i - 50));
    }
    return out;
  }

  private static SoakSample sample(int i, long heap, int fds, int threads, long lag, long rss, long published,
      long stored) {
    // a full GC forced every 6th sample (once a minute); heap after GC carries 200 MiB of old garbage
    return new SoakSample(1_000_000L + i * 10_000L, "soak", heap + 200 * MIB, heap + 300 * MIB, i % 6 == 0 ? heap : -1,
        rss, 32 * MIB, fds, Map.of("socket", fds),
        threads, 0, threads > 200 ? Map.of("kafka-scheduler-N", 200, "executor-share-coordinator", threads - 200)
            : Map.of("kafka-scheduler-N", threads), Map.of("newsflow-enrich", lag), published, stored, 1, 1.5, 3.0);
  }
}
