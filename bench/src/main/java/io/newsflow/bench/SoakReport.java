package io.newsflow.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The soak's output: verdicts and a condensed sample table (about one row a minute) as text, every
 * sample as CSV, and plan, calibration, verdicts and samples as JSON.
 */
final class SoakReport {
  private static final double MIB = 1024.0 * 1024.0;

  private final SoakPlan plan;
  private final SoakRun.Result result;
  private final List<SoakSample> judged;
  private final List<SoakJudge.Verdict> verdicts;
  private final Map<String, Object> machine;

  SoakReport(SoakPlan plan, SoakRun.Result result, Map<String, Object> machine) {
    this.plan = plan;
    this.result = result;
    this.machine = machine;
    long judgeFrom = result.soakStartMillis() + plan.warmup().toMillis();
    this.judged = result.samples().stream()
        .filter(s -> s.phase().equals("soak") && s.atMillis() >= judgeFrom && s.atMillis() <= result.soakEndMillis())
        .toList();
    this.verdicts = judged.size() < 3 ? List.of()
        : SoakJudge.judge(judged, SoakThresholds.forMaxHeap(Runtime.getRuntime().maxMemory()), result.soakRate(),
            result.published(), result.storedAfterDrain());
  }

  /** True when there were enough samples to judge and every verdict passed. */
  boolean passed() {
    return !verdicts.isEmpty() && verdicts.stream().allMatch(SoakJudge.Verdict::passed);
  }

  static String progressLine(SoakSample s, long startMillis) {
    return String.format(Locale.ROOT, "  %6.1f min %-11s published %,9d stored %,9d lag %,6d | heap after GC %4.0f "
        + "used %4.0f%s RSS %5.0f state %3.0f MiB | fds %4d threads %4d (+%d new) | cpu %.2f load %.1f",
        (s.atMillis() - startMillis) / 60_000.0, s.phase(), s.published(), s.stored(), s.totalLag(),
        s.heapAfterGcBytes() / MIB, s.heapUsedBytes() / MIB,
        s.measuredLiveHeap() ? String.format(Locale.ROOT, " live %4.0f", s.liveHeapBytes() / MIB) : "",
        s.rssBytes() / MIB, s.stateMemoryBytes() / MIB, s.openFds(), s.threads(), s.newThreads(), s.cpuCores(), s.loadAverage());
  }

  void print(PrintStream out) {
    out.println();
    if (!Double.isNaN(result.maxRate())) {
      out.printf(Locale.ROOT, "calibrated maximum: %.1f articles/s; soak rate %.1f articles/s (%.0f%%)%n",
          result.maxRate(), result.soakRate(), 100 * plan.loadFraction());
    } else {
      out.printf(Locale.ROOT, "soak rate %.1f articles/s (given)%n", result.soakRate());
    }
    out.printf(Locale.ROOT, "soak %s, verdicts over the %d samples after a %s warm-up; final drain %.1f s%s%n",
        plan.duration(), judged.size(), plan.warmup(), result.finalDrainMillis() / 1000.0,
        result.drained() ? "" : " (gave up)");
    out.println();
    out.println("| check | verdict | figures | rule |");
    out.println("|---|---|---|---|");
    for (SoakJudge.Verdict v : verdicts) {
      out.printf("| %s | %s | %s | %s |%n", v.check(), v.passed() ? "pass" : "FAIL", v.figures(), v.rule());
    }
    if (verdicts.isEmpty()) {
      out.println("| (too few samples after the warm-up to judge) | FAIL | | |");
    }
    out.println();
    out.println("| min | phase | published | stored | lag (all groups) | live heap MiB (last forced GC) "
        + "| heap after GC MiB | heap used MiB | RSS MiB | state stores MiB | fds | threads | cores busy | load |");
    out.println("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    long lastLive = -1;
    long start = result.samples().isEmpty() ? 0 : result.samples().get(0).atMillis() - plan.sampleEvery().toMillis();
    long nextRow = Long.MIN_VALUE;
    List<SoakSample> all = result.samples();
    for (int i = 0; i < all.size(); i++) {
      SoakSample s = all.get(i);
      boolean last = i == all.size() - 1;
      if (s.measuredLiveHeap()) {
        lastLive = s.liveHeapBytes();
      }
      if (s.atMillis() >= nextRow || last) {
        out.printf(Locale.ROOT, "| %.1f | %s | %,d | %,d | %,d | %s | %.0f | %.0f | %.0f | %.0f | %d | %d | %.2f | %.1f |%n",
            (s.atMillis() - start) / 60_000.0, s.phase(), s.published(), s.stored(), s.totalLag(),
            lastLive < 0 ? "" : String.format(Locale.ROOT, "%.0f", lastLive / MIB), s.heapAfterGcBytes() / MIB, s.heapUsedBytes() / MIB, s.rssBytes() / MIB, s.stateMemoryBytes() / MIB,
            s.openFds(), s.threads(), s.cpuCores(), s.loadAverage());
        nextRow = s.atMillis() + 60_000 - plan.sampleEvery().toMillis() / 2;
      }
    }
    if (!judged.isEmpty()) {
      out.println();
      out.println("open file descriptors by kind, first and last judged sample: " + judged.get(0).fdsByKind()
          + " -> " + judged.get(judged.size() - 1).fdsByKind());
      out.println("consumer lag by group, max over the judged samples: " + maxLagByGroup());
    }
  }

  private Map<String, Long> maxLagByGroup() {
    Map<String, Long> out = new LinkedHashMap<>();
    for (SoakSample s : judged) {
      s.lagByGroup().forEach((g, lag) -> out.merge(g, lag, Math::max));
    }
    return out;
  }

  void writeJson(Path file) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("machine", machine);
    m.put("plan", Map.of("duration", plan.duration().toString(), "warmup", plan.warmup().toString(),
        "loadFraction", plan.loadFraction(), "givenRate", plan.soakRate(), "calibration",
        plan.calibration().toString(), "calibrationWarmup", plan.calibrationWarmup().toString(),
        "sampleEvery", plan.sampleEvery().toString(), "partitions", plan.partitions(), "settings", plan.settings()));
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("maxRate", Double.isNaN(result.maxRate()) ? null : result.maxRate());
    r.put("soakRate", result.soakRate());
    r.put("published", result.published());
    r.put("storedAfterDrain", result.storedAfterDrain());
    r.put("finalDrainMillis", result.finalDrainMillis());
    r.put("drained", result.drained());
    r.put("judgedSamples", judged.size());
    r.put("passed", passed());
    r.put("maxLagByGroup", maxLagByGroup());
    m.put("result", r);
    m.put("verdicts", verdicts);
    m.put("samples", result.samples());
    try {
      createParent(file);
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), m);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  void writeCsv(Path file) {
    TreeSet<String> groups = new TreeSet<>();
    TreeSet<String> fdKinds = new TreeSet<>();
    for (SoakSample s : result.samples()) {
      groups.addAll(s.lagByGroup().keySet());
      fdKinds.addAll(s.fdsByKind().keySet());
    }
    List<String> lines = new ArrayList<>();
    StringBuilder header = new StringBuilder("epoch_ms,phase,heap_after_gc_mib,heap_used_mib,live_heap_mib,rss_mib,state_memory_mib,open_fds,threads,new_threads,"
        + "published,stored,lag_total,gcs,cpu_cores,load1");
    fdKinds.forEach(k -> header.append(",fds_").append(k.replaceAll("[^a-z0-9]+", "_")));
    groups.forEach(g -> header.append(",lag_").append(g));
    lines.add(header.toString());
    for (SoakSample s : result.samples()) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%d,%s,%.1f,%.1f,%s,%.1f,%.1f,%d,%d,%d,%d,%d,%d,%d,%.3f,%.2f",
          s.atMillis(), s.phase().replace(' ', '_'), s.heapAfterGcBytes() / MIB, s.heapUsedBytes() / MIB,
          s.measuredLiveHeap() ? String.format(Locale.ROOT, "%.1f", s.liveHeapBytes() / MIB) : "",
          s.rssBytes() / MIB, s.stateMemoryBytes() / MIB, s.openFds(), s.threads(), s.newThreads(), s.published(), s.stored(), s.totalLag(), s.gcs(),
          s.cpuCores(),
          s.loadAverage()));
      fdKinds.forEach(k -> row.append(',').append(s.fdsByKind().getOrDefault(k, 0)));
      groups.forEach(g -> row.append(',').append(s.lagByGroup().getOrDefault(g, 0L)));
      lines.add(row.toString());
    }
    try {
      createParent(file);
      Files.write(file, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static void createParent(Path file) throws IOException {
    if (file.toAbsolutePath().getParent() != null) {
      Files.createDirectories(file.toAbsolutePath().getParent());
    }
  }
}
