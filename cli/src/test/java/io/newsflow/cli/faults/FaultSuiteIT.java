package io.newsflow.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full fault-injection suite (issue #9), run with {@code mvn -B -o -pl cli -am verify -Pfaults}
 * (tag {@code faults}; plain {@code mvn verify} runs only {@link FaultSmokeIT}). Each scenario runs
 * the pipeline as child JVMs over the same corpus ({@code -Dfaults.articles}, default 2,000;
 * {@code -Dfaults.seed}, default 42), injects its fault at a seeded moment, waits for the store to
 * hold everything and checks it. The table is printed after each scenario and saved to
 * {@code cli/target/fault-suite.md}.
 */
@Tag("faults")
class FaultSuiteIT {
  @TempDir Path tmp;

  @Test
  void everyArticleIsStoredOnceWhateverSingleFaultHappens() throws Exception {
    int articles = Integer.getInteger("faults.articles", 2000);
    long seed = Long.getLong("faults.seed", 42L);
    List<FaultScenario> scenarios = List.of(
        FaultScenario.baseline(),
        FaultScenario.kill9("ingest", FaultScenario.Trigger.FETCHED),
        FaultScenario.kill9("enrich", FaultScenario.Trigger.STORED),
        FaultScenario.kill9("sink", FaultScenario.Trigger.STORED),
        FaultScenario.brokerRestart(),
        FaultScenario.postgresOutage(30),
        FaultScenario.networkErrors(0.1),
        FaultScenario.killDuringRebalance(),
        FaultScenario.replayWhileLive());
    List<FaultRun.Result> results = FaultSuite.run(scenarios, articles, seed, Duration.ofMinutes(6), tmp,
        Path.of("target", "fault-suite.md"));
    assertThat(results).as(FaultTable.render(results, seed)).allMatch(FaultRun.Result::passed);
  }
}
