package io.newsflow.cli.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Random;

/**
 * Runs one {@link FaultScenario} end to end: a fresh PostgreSQL schema, the site, the pipeline
 * processes; waits for the seeded moment, injects the fault, waits until the store holds the whole
 * corpus (or the deadline passes), then checks the store.
 *
 * <p>Recovery time: from the end of the fault (process restarted, broker back, database reachable)
 * until the store grows again, or is complete if it already was. For spread-out faults (network
 * errors) there is no single moment, and it is not reported.
 */
final class FaultRun {
  static final String PG_BASE = "jdbc:postgresql://127.0.0.1:5432/test";

  /** One row of the fault table. */
  record Result(FaultScenario scenario, StoreCheck.Counts counts, double recoverySeconds, double totalSeconds,
      List<String> deadProcesses, String notes) {
    boolean passed() {
      return counts.clean() && deadProcesses.isEmpty();
    }
  }

  private final FaultCorpus corpus;
  private final Path workDir;
  private final Duration deadline;

  FaultRun(FaultCorpus corpus, Path workDir, Duration deadline) {
    this.corpus = corpus;
    this.workDir = workDir;
    this.deadline = deadline;
  }

  Result run(FaultScenario scenario, int index) throws Exception {
    long pid = ProcessHandle.current().pid();
    String schema = "nf_faults_" + index + "_" + pid;
    String appName = "nf_faults_sink_" + index + "_" + pid;
    String jdbcUrl = PG_BASE + "?currentSchema=" + schema + "&ApplicationName=" + appName;
    createSchema(schema);
    Path dir = Files.createDirectories(workDir.resolve("scenario-" + index));
    // SplittableRandom mixes the seed: java.util.Random from neighbouring seeds starts out alike
    Random random = new Random(new java.util.SplittableRandom(corpus.seed() * 31 + index).nextLong());
    StoreCheck check = new StoreCheck(PG_BASE + "?currentSchema=" + schema, corpus.size());
    long t0 = System.nanoTime();
    try (FaultSite site = new FaultSite(corpus, 100, scenario.networkFaultRate());
        FaultPipeline pipeline = new FaultPipeline(dir, site, jdbcUrl, scenario.secondInstances())) {
      pipeline.start();
      long end = t0 + deadline.toNanos();
      String notes = "";
      double recovery = Double.NaN;
      if (scenario.trigger() != FaultScenario.Trigger.NONE) {
        double share = 0.15 + 0.45 * random.nextDouble();
        int at = (int) Math.ceil(share * corpus.size());
        while (System.nanoTime() < end && progress(scenario, site, check) < at && pipeline.deadProcesses().isEmpty()) {
          Thread.sleep(100);
        }
        int storedAtFault = Math.max(0, check.storedArticles());
        scenario.action().inject(new FaultScenario.Context(pipeline, appName, random));
        long restored = System.nanoTime();
        int storedAfter = Math.max(0, check.storedArticles());
        while (System.nanoTime() < end) {
          int now = check.storedArticles();
          if (now > storedAfter || now == corpus.size()) {
            recovery = (System.nanoTime() - restored) / 1e9;
            break;
          }
          Thread.sleep(100);
        }
        notes = String.format(java.util.Locale.ROOT, "fault at %d%% (%d stored)", Math.round(share * 100), storedAtFault);
      }
      while (System.nanoTime() < end && check.storedArticles() < corpus.size()) {
        Thread.sleep(250);
      }
      StoreCheck.Counts counts = awaitQuotes(check, end);
      if (scenario.networkFaultRate() > 0) {
        notes = "served faults: " + site.injectedSummary();
      }
      return new Result(scenario, counts, recovery, (System.nanoTime() - t0) / 1e9, pipeline.deadProcesses(), notes);
    } finally {
      dropSchema(schema);
    }
  }

  /** The last article's quote row may land a moment after its article row was counted. */
  private static StoreCheck.Counts awaitQuotes(StoreCheck check, long end) throws Exception {
    StoreCheck.Counts counts = check.counts();
    long grace = System.nanoTime() + 5_000_000_000L;
    while (!counts.complete() && System.nanoTime() < Math.max(end, grace)) {
      Thread.sleep(500);
      counts = check.counts();
    }
    return counts;
  }

  private static int progress(FaultScenario s, FaultSite site, StoreCheck check) {
    return s.trigger() == FaultScenario.Trigger.FETCHED ? site.pagesServed() : check.storedArticles();
  }

  private static void createSchema(String schema) throws SQLException {
    try (Connection c = DriverManager.getConnection(PG_BASE, "postgres", "");
        Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      st.execute("CREATE SCHEMA " + schema);
    }
  }

  private static void dropSchema(String schema) {
    try (Connection c = DriverManager.getConnection(PG_BASE, "postgres", "");
        Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } catch (SQLException ignored) {
      // best effort
    }
  }
}
