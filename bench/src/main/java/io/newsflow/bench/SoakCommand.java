package io.newsflow.bench;

import io.newsflow.broker.EmbeddedKafka;
import io.newsflow.ingest.clean.ArticleCleaner;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsflow bench soak [--duration 30m] [--soak-rate R | --load 0.7] [--json FILE]}: runs the whole
 * pipeline for a long time at a fraction of its measured maximum and judges whether memory, open files,
 * threads and consumer lag stay bounded. Progress on stderr, verdicts and samples on stdout. Exit code 0
 * when every verdict passed, 1 otherwise.
 */
@Command(name = "soak", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Soak: the whole pipeline in one JVM on loopback for a long time, below",
        "its maximum rate.",
        " 1. a synthetic news site keeps publishing new articles (copies of the",
        "    real pages in <data>/article-extraction/html, each with its own URL,",
        "    canonical URL and marker) and lists the newest " + SoakPlan.FEED_WINDOW + " in one RSS",
        "    feed; ingest polls it every 1-2 s, as a long-running 'newsflow run'",
        "    would; ingest -> embedded Kafka -> enrich -> sink SQLite;",
        " 2. calibrate (unless --soak-rate): saturated for --calibration-warmup,",
        "    then the store rate over --calibration is the maximum (the site",
        "    stays --backlog pages ahead of the store); the backlog then drains;",
        " 3. soak: the site publishes at --load x the maximum for --duration;",
        " 4. every --sample: heap after the last GC, heap used, RSS, open file",
        "    descriptors (by kind), live threads (not jcmd's Attach Listener),",
        "    consumer lag of every group and",
        "    Streams app, pages published, articles stored, cores busy, load",
        "    average; one progress line each on stderr; every --live-heap-every",
        "    one sample first forces a full GC and records the live heap;",
        " 5. verdicts over the soak after --warmup, rules fixed in advance:",
        "    - live heap (after the forced full GCs) and RSS flat: least-squares",
        "      slope <= 1%% of the max heap per 10 min and last-third median <=",
        "      first-third median + 10%%; heap after GC is shown, not judged: after",
        "      a young GC it still holds old garbage until a mixed GC;",
        "    - open fds, live threads: last-third max <= first-third max (any",
        "      growth fails);",
        "    - consumer lag (all groups) and published-minus-stored backlog",
        "      bounded: last-third max <= first-third max + max(50%%, 10 s of the",
        "      soak rate);",
        "    - after publishing stops, the store holds every published article.",
        "The pipeline's bounded caches are shrunk so they are full before the",
        "verdicts (ingest.dedup.max.urls=5000, enrich.stem.memo.words=10000,",
        "state.memory.bytes=4 MiB; --set overrides): at production sizes they",
        "would still be filling.",
        "Prints the verdicts and a sample table (one row a minute); --json and",
        "--csv for all samples. The calibration measures what the machine gives",
        "at that moment: note its load. Exit code 0 when every verdict passed.",
        ""})
public final class SoakCommand implements Callable<Integer> {
  @Option(names = "--duration", paramLabel = "TIME", defaultValue = "30m", converter = DurationConverter.class,
      description = "Time at the soak rate, e.g. 30m, 4m, 90s, 1h (default: ${DEFAULT-VALUE}).")
  Duration duration;

  @Option(names = "--soak-rate", paramLabel = "ARTICLES/S", defaultValue = "0",
      description = "Publish at this rate and skip the calibration (default: calibrate).")
  double soakRate;

  @Option(names = "--load", paramLabel = "FRACTION", defaultValue = "0.7",
      description = "Soak at this share of the calibrated maximum (default: ${DEFAULT-VALUE}).")
  double load;

  @Option(names = "--calibration-warmup", paramLabel = "TIME", defaultValue = "60s", converter = DurationConverter.class,
      description = "Saturated time before the calibration window (default: ${DEFAULT-VALUE}).")
  Duration calibrationWarmup;

  @Option(names = "--calibration", paramLabel = "TIME", defaultValue = "90s", converter = DurationConverter.class,
      description = "Saturated window whose store rate is the maximum (default: ${DEFAULT-VALUE}).")
  Duration calibration;

  @Option(names = "--backlog", paramLabel = "N", defaultValue = "1000",
      description = "While calibrating, published pages kept ahead of the store (default: ${DEFAULT-VALUE}).")
  int backlog;

  @Option(names = "--warmup", paramLabel = "TIME", defaultValue = "5m", converter = DurationConverter.class,
      description = "Start of the soak left out of the verdicts (default: ${DEFAULT-VALUE}).")
  Duration warmup;

  @Option(names = "--sample", paramLabel = "TIME", defaultValue = "10s", converter = DurationConverter.class,
      description = "Time between samples (default: ${DEFAULT-VALUE}).")
  Duration sampleEvery;

  @Option(names = "--live-heap-every", paramLabel = "TIME", defaultValue = "60s", converter = DurationConverter.class,
      description = "Time between samples that force a full GC to measure the live heap (default: ${DEFAULT-VALUE}).")
  Duration liveHeapEvery;

  @Option(names = "--drain-timeout", paramLabel = "TIME", defaultValue = "5m", converter = DurationConverter.class,
      description = "Longest wait for the store to catch up after calibration and soak (default: ${DEFAULT-VALUE}).")
  Duration drainTimeout;

  @Option(names = "--data", paramLabel = "DIR",
      description = "Shared data folder with article-extraction/html "
          + "(default: system property newsflow.shared.data, else ../shared/data).")
  Path data;

  @Mixin PipelineShape shape;

  @Option(names = "--json", paramLabel = "FILE", description = "Write plan, verdicts and every sample as JSON.")
  Path json;

  @Option(names = "--csv", paramLabel = "FILE",
      description = "Write every sample as CSV (default: beside --json, same name with .csv).")
  Path csv;

  /** Picocli needs a public no-arg constructor; options are filled in by the command line. */
  public SoakCommand() {
    // fields are set by picocli
  }

  @Override
  public Integer call() throws Exception {
    PrintStream err = System.err;
    shape.check();
    SoakPlan plan = new SoakPlan(duration, soakRate, load, calibrationWarmup, calibration, backlog, warmup, sampleEvery,
        liveHeapEvery, drainTimeout, shape.partitions, shape.cleanThreads, shape.enrichThreads, shape.settings);
    Path dataDir = data != null ? data : Path.of(System.getProperty("newsflow.shared.data", "../shared/data"));
    Path html = dataDir.resolve("article-extraction").resolve("html");
    if (!Files.isDirectory(html)) {
      throw new IllegalArgumentException("pages not found at " + html.toAbsolutePath() + "; pass --data DIR");
    }
    Map<String, Object> machine = machine();
    err.println("preparing the soak site from " + html + " ...");
    PageTemplates templates = PageTemplates.load(html, new ArticleCleaner());
    Path work = Files.createTempDirectory("newsflow-soak-");
    SoakRun.Result result;
    try (EmbeddedKafka kafka = EmbeddedKafka.startTemporary()) {
      result = SoakRun.run(plan, templates, kafka.bootstrapServers(), work, err);
    } finally {
      Bench.deleteRecursively(work);
    }
    SoakReport report = new SoakReport(plan, result, machine);
    report.print(System.out);
    Path csvFile = csv != null ? csv
        : json == null ? null : json.resolveSibling(json.getFileName().toString().replaceFirst("\\.json$", "") + ".csv");
    if (json != null) {
      report.writeJson(json);
      err.println("wrote " + json.toAbsolutePath());
    }
    if (csvFile != null) {
      report.writeCsv(csvFile);
      err.println("wrote " + csvFile.toAbsolutePath());
    }
    return report.passed() ? 0 : 1;
  }

  private static Map<String, Object> machine() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("started", Instant.now().toString());
    m.put("cpus", Runtime.getRuntime().availableProcessors());
    m.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    m.put("jvmArgs", ManagementFactory.getRuntimeMXBean().getInputArguments());
    m.put("loadAverageAtStart", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    return m;
  }

  /** Durations as {@code 90s}, {@code 30m}, {@code 1h}, {@code 500ms}, or ISO-8601 ({@code PT30M}). */
  static final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      String v = value.strip().toLowerCase(Locale.ROOT);
      if (v.startsWith("pt") || v.startsWith("p")) {
        return Duration.parse(value.strip());
      }
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)").matcher(v);
      if (!m.matches()) {
        throw new IllegalArgumentException("not a duration: '" + value + "' (e.g. 90s, 30m, 1h)");
      }
      double n = Double.parseDouble(m.group(1));
      long millis = switch (m.group(2)) {
        case "ms" -> (long) n;
        case "s" -> (long) (n * 1000);
        case "m" -> (long) (n * 60_000);
        default -> (long) (n * 3_600_000);
      };
      return Duration.ofMillis(millis);
    }
  }
}
