package io.newsflow.cli.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Random;

/**
 * One fault of the suite: when it strikes (a seeded point of the run), what it does to the running
 * pipeline, and whether the pipeline runs with network faults or second instances. Each fault
 * returns once the faulted part is back (restarted, reachable again).
 */
record FaultScenario(String name, String fault, Trigger trigger, double networkFaultRate, boolean secondInstances,
    Action action) {

  /** What the seeded moment of the fault is measured in. */
  enum Trigger {
    /** a share of the corpus fetched from the site (faults of ingest) */
    FETCHED,
    /** a share of the corpus in the store (faults downstream of ingest) */
    STORED,
    /** no single moment: the fault is spread over the run */
    NONE
  }

  /** Injects the fault; returns when the faulted part has been restored. */
  @FunctionalInterface
  interface Action {
    void inject(Context context) throws Exception;
  }

  /** What an action may touch. */
  record Context(FaultPipeline pipeline, String sinkApplicationName, Random random) {}

  static FaultScenario baseline() {
    return new FaultScenario("no fault (baseline)", "none", Trigger.NONE, 0, false, c -> { });
  }

  static FaultScenario kill9(String stage, Trigger trigger) {
    return new FaultScenario("kill -9 " + stage, "SIGKILL " + stage + " at a seeded moment, restart after 2 s",
        trigger, 0, false, c -> {
          ChildJvm p = c.pipeline().process(stage);
          p.kill9();
          Thread.sleep(2000);
          p.start();
        });
  }

  static FaultScenario brokerRestart() {
    return new FaultScenario("broker stop + restart", "SIGTERM the broker, data dir kept, start it again after 5 s",
        Trigger.STORED, 0, false, c -> {
          c.pipeline().process("broker").stop(60);
          Thread.sleep(5000);
          c.pipeline().startBroker();
        });
  }

  static FaultScenario postgresOutage(int seconds) {
    return new FaultScenario("PostgreSQL away " + seconds + " s",
        "terminate every sink connection, again every 200 ms, for " + seconds + " s", Trigger.STORED, 0, false, c -> {
          long until = System.nanoTime() + seconds * 1_000_000_000L;
          while (System.nanoTime() < until) {
            terminate(c.sinkApplicationName());
            Thread.sleep(200);
          }
        });
  }

  static FaultScenario networkErrors(double rate) {
    return new FaultScenario("site network errors",
        String.format(java.util.Locale.ROOT, "%.0f%% of pages: reset, 503, truncated body or 40 s stall, once or twice",
            rate * 100), Trigger.NONE, rate, false, c -> { });
  }

  static FaultScenario killDuringRebalance() {
    return new FaultScenario("2 instances, kill -9 in rebalance",
        "enrich and sink x2; SIGKILL the second of each, restart, SIGKILL again 3 s into its rejoin, restart",
        Trigger.STORED, 0, true, c -> {
          for (String name : List.of("enrich-2", "sink-2")) {
            c.pipeline().process(name).kill9();
          }
          for (String name : List.of("enrich-2", "sink-2")) {
            c.pipeline().process(name).start();
          }
          Thread.sleep(3000);
          for (String name : List.of("enrich-2", "sink-2")) {
            c.pipeline().process(name).kill9();
            c.pipeline().process(name).start();
          }
        });
  }

  static FaultScenario replayWhileLive() {
    return new FaultScenario("replay enrich from 0 while live",
        "newsflow replay enrich (all of articles, own application id) while ingest still fetches",
        Trigger.FETCHED, 0, false, c -> {
          ChildJvm replay = c.pipeline().replay();
          replay.start();
          while (replay.isAlive()) {
            Thread.sleep(500);
          }
          if (replay.exitCode() != 0) {
            throw new IllegalStateException("replay exited with " + replay.exitCode() + "; see " + replay.log());
          }
        });
  }

  /** pg_terminate_backend on the sink's connections only (matched by application name). */
  static int terminate(String applicationName) throws Exception {
    try (Connection c = DriverManager.getConnection(FaultRun.PG_BASE, "postgres", "");
        Statement st = c.createStatement();
        var rs = st.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = '"
            + applicationName + "'")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
