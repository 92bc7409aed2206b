package io.newsflow.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsflow bench}: measures the whole pipeline on this machine in one run and prints it next to
 * the ceilings it should be compared with. Progress goes to stderr; the table to stdout; {@code --json}
 * writes the same figures as JSON. Exit code 0 when the pipeline delivered every article, 1 when it
 * timed out or stalled (the partial figures are still printed).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false, subcommands = SoakCommand.class,
    description = {
        "Whole-pipeline throughput benchmark, in one JVM, on loopback:",
        " 1. serves a synthetic news site with RSS feeds, built from the real pages",
        "    in <data>/article-extraction/html: copy N of page N mod 90 has its own",
        "    URL, canonical URL and a marker in its first paragraph (distinct ids",
        "    and content hashes); per-host politeness is off (one host);",
        " 2. runs ingest -> embedded Kafka -> enrich -> sink into SQLite (and",
        "    PostgreSQL when reachable, in a schema of its own) for --warmup then",
        "    --articles pages;",
        " 3. reports the sustained store rate after the warm-up (articles/s),",
        "    p50/p99 latency from fetch to committed row, CPU ms per article per",
        "    stage (thread CPU by thread name), peak heap and RSS, and bytes per",
        "    article on each topic;",
        " 4. measures, in the same run, the ceilings: bare Jsoup.parse, cleaner,",
        "    quote and topic extractors (one thread), raw produce/consume of the",
        "    embedded broker with records of the pipeline's sizes, raw SQLite and",
        "    PostgreSQL upserts; and the pipeline's ratio to the slowest ceiling.",
        "Progress on stderr, the table on stdout, --json FILE for the figures.",
        "Figures from a busy machine are noisy: run it on an idle one.",
        "JMH micro-benchmarks of the cleaner, the quote extractor and the topic extractors: --jmh.",
        "A long run at 70%% of the calibrated maximum, judged for memory, open",
        "files, threads and lag: 'bench soak' (see 'bench soak --help').",
        ""})
public final class BenchCommand implements Callable<Integer> {
  @Option(names = "--data", paramLabel = "DIR",
      description = "Shared data folder with article-extraction/html and quotes/ "
          + "(default: system property newsflow.shared.data, else ../shared/data).")
  Path data;

  @Mixin PipelineShape shape;

  @Option(names = "--articles", paramLabel = "N", defaultValue = "2000",
      description = "Articles measured after the warm-up (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "500",
      description = "Articles run first and left out of rate and latency (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--rate", paramLabel = "PAGES/S", defaultValue = "0",
      description = "Pace the site to this many pages/s (0 = as fast as the fetcher asks), e.g. half the "
          + "saturated rate to measure latency below saturation (default: ${DEFAULT-VALUE}).")
  double rate;

  @Option(names = "--sink-batch", paramLabel = "N", defaultValue = "500",
      description = "sink.batch.size: records per store transaction (default: ${DEFAULT-VALUE}).")
  int sinkBatch;

  @Option(names = "--postgres", paramLabel = "JDBC-URL", defaultValue = "jdbc:postgresql://127.0.0.1:5432/test",
      description = "PostgreSQL to sink into as well, in a schema of its own that is dropped afterwards; "
          + "skipped when unreachable (default: ${DEFAULT-VALUE}).")
  String postgres;

  @Option(names = "--postgres-user", paramLabel = "USER", defaultValue = "postgres",
      description = "PostgreSQL user (password from PGPASSWORD) (default: ${DEFAULT-VALUE}).")
  String postgresUser;

  @Option(names = "--no-postgres", description = "Do not use PostgreSQL even when reachable.")
  boolean noPostgres;

  @Option(names = "--ceiling-seconds", paramLabel = "S", defaultValue = "3",
      description = "Duration of each single-thread ceiling loop (default: ${DEFAULT-VALUE}).")
  double ceilingSeconds;

  @Option(names = "--ceiling-records", paramLabel = "N", defaultValue = "2000",
      description = "Records written by the broker and store ceilings (default: ${DEFAULT-VALUE}).")
  int ceilingRecords;

  @Option(names = "--no-ceilings", description = "Measure the pipeline only.")
  boolean noCeilings;

  @Option(names = "--timeout", paramLabel = "S", defaultValue = "900",
      description = "Give up when the pipeline has not delivered everything after this many seconds "
          + "(default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the results as JSON to FILE.")
  Path json;

  @Option(names = "--jmh", description = "Run the JMH micro-benchmarks (ArticleCleaner.clean, QuoteExtractor.extract, "
      + "the topic extractors and quotes + topics on the dev texts) instead of the pipeline; see --jmh-args.")
  boolean jmh;

  @Option(names = "--jmh-args", paramLabel = "ARGS",
      description = "Arguments for org.openjdk.jmh.Main with --jmh (default: '-f 1 -wi 2 -w 2s -i 3 -r 2s').")
  String jmhArgs = "-f 1 -wi 2 -w 2s -i 3 -r 2s";

  /** Picocli needs a public no-arg constructor; options are filled in by the command line. */
  public BenchCommand() {
    // fields are set by picocli
  }

  @Override
  public Integer call() throws Exception {
    PrintStream err = System.err;
    Path dataDir = data != null ? data
        : Path.of(System.getProperty("newsflow.shared.data", "../shared/data"));
    shape.check();
    if (articles < 1 || warmup < 0 || sinkBatch < 1 || ceilingRecords < 1 || ceilingSeconds <= 0 || timeoutSeconds < 1) {
      throw new IllegalArgumentException("--articles, --sink-batch, --ceiling-* and --timeout must be positive, "
          + "--warmup not negative");
    }
    if (jmh) {
      return ExtractorBenchmarks.run(dataDir, jmhArgs);
    }
    BenchPlan plan = new BenchPlan(articles, warmup, shape.partitions, shape.cleanThreads, shape.enrichThreads, sinkBatch,
        rate, ceilingSeconds, ceilingRecords, !noCeilings, postgresUser, timeoutSeconds, Map.copyOf(shape.settings));
    Report report = Bench.run(plan, dataDir, noPostgres ? null : postgres, err);
    report.printTable(System.out);
    if (json != null) {
      report.writeJson(json);
      err.println("wrote " + json.toAbsolutePath());
    }
    return report.completed() ? 0 : 1;
  }

  /** Runs the command on its own: {@code java -cp ... io.newsflow.bench.BenchCommand --help}. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchCommand()).execute(args));
  }
}
