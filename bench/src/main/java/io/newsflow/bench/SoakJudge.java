package io.newsflow.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Judges the soak samples taken after the warm-up, with numbers: memory flat (least-squares slope and
 * first-third vs last-third medians), no file-descriptor or thread growth (last-third max not above the
 * first-third max), consumer lag and publish-to-store backlog bounded, and every published article
 * stored once the soak stops publishing.
 */
final class SoakJudge {
  private static final double MIB = 1024.0 * 1024.0;

  /** One verdict: what was checked, whether it held, the figures, and the rule. */
  record Verdict(String check, boolean passed, String figures, String rule) {}

  private SoakJudge() {}

  /**
   * @param samples the soak phase after its warm-up, in time order (at least 3)
   * @param soakRate the rate the site published at, articles/s (sizes the lag margin)
   * @param published pages published by the end of the soak
   * @param storedAfterDrain articles in the store once the pipeline had drained (or given up)
   */
  static List<Verdict> judge(List<SoakSample> samples, SoakThresholds rules, double soakRate, long published,
      long storedAfterDrain) {
    if (samples.size() < 3) {
      throw new IllegalArgumentException("need at least 3 samples after the warm-up, got " + samples.size());
    }
    double[] minutes = series(samples, s -> (s.atMillis() - samples.get(0).atMillis()) / 60_000.0);
    List<Verdict> out = new ArrayList<>();
    out.add(liveHeapFlat(samples, rules));
    out.add(flat("RSS flat", minutes, series(samples, s -> s.rssBytes() / MIB), rules));
    out.add(noGrowth("open file descriptors: no growth", series(samples, SoakSample::openFds)));
    out.add(withGrownThreads(noGrowth("live threads: no growth", series(samples, SoakSample::threads)), samples));
    double margin = rules.lagRiseSeconds() * soakRate;
    out.add(bounded("consumer lag bounded (all groups)", series(samples, SoakSample::totalLag), rules, margin));
    out.add(bounded("publish-to-store backlog bounded", series(samples, SoakSample::backlog), rules, margin));
    out.add(new Verdict("every published article stored", storedAfterDrain >= published,
        String.format(Locale.ROOT, "%,d published, %,d stored after the drain", published, storedAfterDrain),
        "stored >= published once publishing stops"));
    return out;
  }

  /** The live heap (the samples that forced a full GC) judged flat; fewer than 3 such samples fail. */
  static Verdict liveHeapFlat(List<SoakSample> samples, SoakThresholds rules) {
    List<SoakSample> live = samples.stream().filter(SoakSample::measuredLiveHeap).toList();
    String check = "live heap flat";
    if (live.size() < 3) {
      return new Verdict(check, false, live.size() + " live-heap measurements",
          "at least 3 forced full GCs after the warm-up (see --live-heap-every)");
    }
    double[] minutes = series(live, s -> (s.atMillis() - live.get(0).atMillis()) / 60_000.0);
    return flat(check, minutes, series(live, s -> s.liveHeapBytes() / MIB), rules);
  }

  /** Flat: slope within the limit per 10 minutes and the last third's median within the rise of the first's. */
  static Verdict flat(String check, double[] minutes, double[] mib, SoakThresholds rules) {
    double slopePer10 = SeriesStats.slope(minutes, mib) * 10;
    double first = SeriesStats.median(SeriesStats.firstThird(mib));
    double last = SeriesStats.median(SeriesStats.lastThird(mib));
    double slopeLimit = rules.memorySlopeBytesPer10Min() / MIB;
    boolean passed = slopePer10 <= slopeLimit && last <= first * (1 + rules.memoryThirdRise());
    return new Verdict(check, passed,
        String.format(Locale.ROOT, "slope %+.1f MiB/10 min; median first third %.0f, last third %.0f MiB; "
            + "min %.0f, max %.0f MiB", slopePer10, first, last, SeriesStats.min(mib), SeriesStats.max(mib)),
        String.format(Locale.ROOT, "slope <= %.1f MiB/10 min and last-third median <= first-third median + %.0f%%",
            slopeLimit, 100 * rules.memoryThirdRise()));
  }

  /** No growth: the last third's maximum is not above the first third's. */
  static Verdict noGrowth(String check, double[] v) {
    double first = SeriesStats.max(SeriesStats.firstThird(v));
    double last = SeriesStats.max(SeriesStats.lastThird(v));
    return new Verdict(check, last <= first,
        String.format(Locale.ROOT, "min %.0f, max %.0f; max first third %.0f, last third %.0f", SeriesStats.min(v),
            SeriesStats.max(v), first, last),
        "last-third max <= first-third max");
  }

  /**
   * A failed thread verdict names what grew: the thread pools (names with numbers blanked) that have more
   * threads at the last third's peak than at the first third's.
   */
  static Verdict withGrownThreads(Verdict v, List<SoakSample> samples) {
    if (v.passed()) {
      return v;
    }
    int third = samples.size() / 3;
    Map<String, Integer> before = peak(samples.subList(0, third)).threadsByName();
    Map<String, Integer> after = peak(samples.subList(samples.size() - third, samples.size())).threadsByName();
    StringJoiner grown = new StringJoiner(", ", "; more at the end: ", "");
    after.forEach((name, n) -> {
      int was = before.getOrDefault(name, 0);
      if (n > was) {
        grown.add(name + " " + was + " -> " + n);
      }
    });
    return new Verdict(v.check(), false, v.figures() + grown, v.rule());
  }

  private static SoakSample peak(List<SoakSample> samples) {
    return samples.stream().max(Comparator.comparingInt(SoakSample::threads)).orElseThrow();
  }

  /** Bounded: the last third's maximum is at most the first third's plus the larger of the two margins. */
  static Verdict bounded(String check, double[] v, SoakThresholds rules, double absoluteMargin) {
    double first = SeriesStats.max(SeriesStats.firstThird(v));
    double last = SeriesStats.max(SeriesStats.lastThird(v));
    double allowed = first + Math.max(rules.lagRiseFraction() * first, absoluteMargin);
    return new Verdict(check, last <= allowed,
        String.format(Locale.ROOT, "max %.0f (median %.0f); max first third %.0f, last third %.0f",
            SeriesStats.max(v), SeriesStats.median(v), first, last),
        String.format(Locale.ROOT, "last-third max <= first-third max + max(%.0f%%, %.0f s of the soak rate) = %.0f",
            100 * rules.lagRiseFraction(), rules.lagRiseSeconds(), allowed));
  }

  private static double[] series(List<SoakSample> samples, ToDoubleFunction<SoakSample> f) {
    return samples.stream().mapToDouble(f).toArray();
  }
}
