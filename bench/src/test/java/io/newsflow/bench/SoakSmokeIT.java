package io.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.common.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsflow bench soak} end to end, short (about a minute): the site keeps publishing at a given
 * rate, every published article reaches the store, and every sample, verdict and file is there. Whether
 * the memory and growth verdicts pass depends on the machine in so short a run; they are not asserted.
 */
class SoakSmokeIT {
  @TempDir Path tmp;

  @Test
  void aShortSoakStoresEveryPublishedArticleAndJudgesIt() throws Exception {
    SharedData.require("article-extraction/html"); // skips with a message when absent
    Path data = SharedData.dir();
    Path json = tmp.resolve("soak.json");
    BenchCli.Printed run = BenchCli.run("soak", "--data", data.toString(), "--soak-rate", "8",
        "--duration", "40s", "--warmup", "10s", "--sample", "5s", "--live-heap-every", "5s", "--drain-timeout", "60s", "--json", json.toString());
    String printed = run.out();
    assertThat(run.exit()).as("exit code 0 (all verdicts passed) or 1 (some failed); output:%n%s", printed).isIn(0, 1);
    assertThat(printed).contains("| every published article stored | pass |");

    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertThat(root.at("/result/soakRate").asDouble()).isEqualTo(8.0);
    assertThat(root.at("/result/published").asLong()).isBetween(300L, 330L); // 8/s for 40 s
    assertThat(root.at("/result/storedAfterDrain").asLong()).isEqualTo(root.at("/result/published").asLong());
    Map<String, Boolean> verdicts = new HashMap<>();
    root.get("verdicts").forEach(v -> verdicts.put(v.get("check").asText(), v.get("passed").asBoolean()));
    assertThat(verdicts).containsKeys("live heap flat", "RSS flat", "open file descriptors: no growth",
        "live threads: no growth", "consumer lag bounded (all groups)", "publish-to-store backlog bounded");
    JsonNode samples = root.get("samples");
    assertThat(samples.size()).isGreaterThanOrEqualTo(8);
    JsonNode last = samples.get(samples.size() - 1);
    assertThat(last.get("threads").asInt()).isPositive();
    assertThat(last.get("newThreads").asInt()).as("threads not alive at the previous sample").isNotNegative();
    assertThat(last.get("heapAfterGcBytes").asLong()).isPositive();
    long liveMeasured = 0;
    for (JsonNode s : samples) {
      liveMeasured += s.get("liveHeapBytes").asLong() > 0 ? 1 : 0;
    }
    assertThat(liveMeasured).as("samples that forced a full GC (about every one here)").isGreaterThanOrEqualTo(6);
    assertThat(last.get("threadsByName").size()).isPositive();
    assertThat(last.get("lagByGroup").has("newsflow-enrich")).as(last.toString()).isTrue();
    assertThat(last.get("lagByGroup").has("newsflow-sink")).isTrue();

    List<String> csv = Files.readAllLines(tmp.resolve("soak.csv"));
    assertThat(csv.get(0)).startsWith("epoch_ms,phase,heap_after_gc_mib,heap_used_mib,live_heap_mib").contains("lag_newsflow-clean");
    assertThat(csv).hasSize(samples.size() + 1);
  }
}
