package io.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.common.testing.SharedData;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsflow bench} end to end on a tiny configuration: every article arrives and every figure is there. */
class BenchSmokeIT {
  @TempDir Path tmp;

  @Test
  void tinyRunDeliversEveryArticleAndReportsPipelineAndCeilings() throws Exception {
    SharedData.require("article-extraction/html"); // skips with a message when absent
    Path data = SharedData.dir();
    Path json = tmp.resolve("bench.json");
    BenchCli.Printed run = BenchCli.run("--data", data.toString(), "--articles", "50",
        "--warmup", "10", "--ceiling-seconds", "0.1", "--ceiling-records", "50", "--timeout", "80", "--no-postgres",
        "--json", json.toString());
    assertThat(run.exit()).as("exit code; table:%n%s", run.out()).isZero();
    assertThat(run.out()).contains("sustained rate into sqlite").contains("Jsoup.parse");

    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertThat(root.at("/meta/completed").asBoolean()).isTrue();
    Map<String, Double> rows = new HashMap<>();
    for (JsonNode r : root.get("rows")) {
      rows.put(r.get("section").asText() + "/" + r.get("metric").asText(),
          r.get("value").isNull() ? Double.NaN : r.get("value").asDouble());
    }
    assertThat(rows.get("pipeline/articles in sqlite")).isEqualTo(60.0);
    assertThat(rows.get("pipeline/sustained rate into sqlite")).isPositive();
    assertThat(rows.get("pipeline/latency fetch->row p99, sqlite"))
        .isGreaterThanOrEqualTo(rows.get("pipeline/latency fetch->row p50, sqlite")).isPositive();
    for (String hop : new String[] {"fetched -> on pages", "pages -> articles (clean)",
        "articles -> articles.enriched (enrich)", "articles.enriched -> row in sqlite (sink)"}) {
      assertThat(rows.get("latency per hop/" + hop + " p99")).as(hop)
          .isGreaterThanOrEqualTo(rows.get("latency per hop/" + hop + " p50")).isNotNegative();
    }
    assertThat(rows.get("latency per hop/pages -> articles (clean) p50")).isPositive();
    assertThat(rows.get("CPU per article/clean")).isPositive();
    assertThat(rows.get("CPU per article/enrich")).isPositive();
    assertThat(rows.get("bytes per article/bench.pages")).isPositive();
    assertThat(rows.get("memory/heap after GC, last")).isLessThanOrEqualTo(rows.get("memory/heap after GC, peak"));
    assertThat(rows).containsKeys("memory/GC pauses", "memory/GC pauses started by humongous allocations",
        "CPU per article/" + JvmThreadCpu.JIT + " after the warm-up");
    for (String ceiling : new String[] {"Jsoup.parse", "ArticleCleaner.clean", "QuoteExtractor.extract",
        "keyphrases+entities+category", "broker produce, page records", "broker consume, page records",
        "SQLite upsert (JdbcArticleStore.write)"}) {
      assertThat(rows.get("ceiling (1 thread)/" + ceiling)).as(ceiling).isPositive();
    }
    assertThat(rows.get("comparison/pipeline / slowest ceiling")).isPositive();
  }
}
