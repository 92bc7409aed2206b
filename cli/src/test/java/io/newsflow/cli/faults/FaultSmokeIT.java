package io.newsflow.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault suite's fast subset, run by every {@code mvn verify}: the pipeline as child JVMs over 300
 * pages, enrich killed with SIGKILL at a seeded moment and restarted; every page ends up in the
 * store once, with its quote, at the current versions. The full suite is {@link FaultSuiteIT}.
 */
class FaultSmokeIT {
  @TempDir Path tmp;

  @Test
  void killingEnrichLosesAndDoublesNothing() throws Exception {
    List<FaultRun.Result> results = FaultSuite.run(List.of(FaultScenario.kill9("enrich", FaultScenario.Trigger.STORED)),
        300, 9L, Duration.ofMinutes(4), tmp, Path.of("target", "fault-smoke.md"));
    FaultRun.Result r = results.get(0);
    assertThat(r.deadProcesses()).as("processes that exited on their own").isEmpty();
    assertThat(r.counts()).as(FaultTable.render(results, 9L)).matches(StoreCheck.Counts::clean)
        .matches(c -> c.stored() == 300);
  }
}
