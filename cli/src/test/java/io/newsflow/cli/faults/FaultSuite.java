package io.newsflow.cli.faults;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsflow.common.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Runs scenarios one after the other and prints, and saves, their table. */
final class FaultSuite {
  private FaultSuite() {}

  static List<FaultRun.Result> run(List<FaultScenario> scenarios, int articles, long seed, Duration perScenario,
      Path workDir, Path tableFile) throws Exception {
    assumePostgres();
    FaultCorpus corpus = FaultCorpus.load(SharedData.require("article-extraction"), seed, articles);
    FaultRun runner = new FaultRun(corpus, workDir, perScenario);
    List<FaultRun.Result> results = new ArrayList<>();
    for (int i = 0; i < scenarios.size(); i++) {
      FaultRun.Result r = runner.run(scenarios.get(i), i);
      results.add(r);
      String table = FaultTable.render(results, seed);
      System.out.println("\nfault suite after " + (i + 1) + " of " + scenarios.size() + " scenarios:\n" + table);
      write(tableFile, table);
    }
    return results;
  }

  private static void write(Path file, String table) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, table, StandardCharsets.UTF_8);
  }

  private static void assumePostgres() {
    try (Connection c = DriverManager.getConnection(FaultRun.PG_BASE, "postgres", "")) {
      c.isValid(5);
    } catch (SQLException e) {
      if ("true".equals(System.getenv("CI"))) {
        throw new IllegalStateException("PostgreSQL at " + FaultRun.PG_BASE + " is required under CI", e);
      }
      assumeTrue(false, "PostgreSQL not reachable at " + FaultRun.PG_BASE + " - skipping the fault suite");
    }
  }
}
