package io.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code newsflow bench} end to end on a tiny configuration: every article arrives and every figure is there. */
class BenchSmokeIT {
  @TempDir Path tmp;

  @Test
  void tinyRunDeliversEveryArticleAndReportsPipelineAndCeilings() throws Exception {
    Path data = sharedData();
    assumeTrue(data != null && Files.isDirectory(data.resolve("article-extraction/html")),
        "shared data (article-extraction/html) not found - skipping");
    Path json = tmp.resolve("bench.json");
    PrintStream out = System.out;
    ByteArrayOutputStream table = new ByteArrayOutputStream();
    int exit;
    try {
      System.setOut(new PrintStream(table, true, StandardCharsets.UTF_8));
      exit = new CommandLine(new BenchCommand()).execute("--data", data.toString(), "--articles", "50",
          "--warmup", "10", "--ceiling-seconds", "0.1", "--ceiling-records", "50", "--timeout", "80", "--no-postgres",
          "--json", json.toString());
    } finally {
      System.setOut(out);
    }
    assertThat(exit).as("exit code; table:%n%s", table).isZero();
    assertThat(table.toString(StandardCharsets.UTF_8)).contains("sustained rate into sqlite").contains("Jsoup.parse");

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

  /** {@code newsflow.shared.data}, else the nearest ancestor folder's {@code shared/data}. */
  private static Path sharedData() {
    String prop = System.getProperty("newsflow.shared.data");
    if (prop != null && Files.isDirectory(Path.of(prop))) {
      return Path.of(prop);
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("shared/data"))) {
        return p.resolve("shared/data");
      }
    }
    return null;
  }
}
