package io.newsflow.enrich.topics.eval;

import io.newsflow.common.json.Json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalScoringTest {

  @Test
  void normalisesPhrasesLikeTheMetric() {
    assertThat(KeyphraseEval.normalise("U.S. Economies")).isEqualTo("us economi");
    assertThat(KeyphraseEval.normalise("216,000")).isEqualTo("216000");
    assertThat(KeyphraseEval.normalise(" -- ")).isEmpty();
  }

  @Test
  void readsJsonObjectsWithEscapes() {
    Map<String, Object> o = Json.object("{\"id\": \"a\", \"text\": \"T\\n\\\"q\\\" \\u00e9\", \"k\": [\"x\", \"y\"], \"n\": 1.5, \"b\": null}");
    assertThat(o.get("text")).isEqualTo("T\n\"q\" \u00e9");
    assertThat(o.get("k")).isEqualTo(List.of("x", "y"));
    assertThat(o.get("n")).isEqualTo(1.5);
    assertThatThrownBy(() -> Json.object("{\"a\": ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void scoresConllSpansExactly(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("mini.conll");
    Files.writeString(f, "-DOCSTART- O\n\nSergey B-PER\nLavrov I-PER\nvisited O\nParis B-LOC\n. O\n\n",
        StandardCharsets.UTF_8);
    NerEval.Report r = NerEval.evaluate(f, null);
    assertThat(r.gold()).isEqualTo(2);
    assertThat(r.f1()).isEqualTo(100.0);
  }

  @Test
  void writesPredictedTagsAsAnExtraColumn(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("mini.conll");
    Files.writeString(f, "-DOCSTART- O\n\nSergey B-PER\nLavrov I-PER\nvisited O\nParis B-LOC\n. O\n\n",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("pred.conll");
    NerEval.evaluate(f, null, out);
    assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).containsExactly("-DOCSTART- O", "",
        "Sergey B-PER B-PER", "Lavrov I-PER I-PER", "visited O O", "Paris B-LOC B-LOC", ". O O", "");
  }

  @Test
  void scoresKeyphrasesAtFiveAndTen(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("kp.jsonl");
    Files.writeString(f, "{\"id\": \"d\", \"text\": \"Budget vote\\nThe budget vote passed. The budget was cut.\", "
        + "\"keyphrases\": [\"budget\", \"votes\"]}\n", StandardCharsets.UTF_8);
    KeyphraseEval.Report r = KeyphraseEval.evaluate(f, null);
    assertThat(r.docs()).isEqualTo(1);
    assertThat(r.r10()).isEqualTo(100.0);
  }

  @Test
  void writesRankedKeyphrasesAsJsonLines(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("kp.jsonl");
    Files.writeString(f, "{\"id\": \"d1\", \"text\": \"Budget vote\\nThe budget vote passed. The budget was cut.\", "
        + "\"keyphrases\": [\"budget\"]}\n{\"id\": \"d2\", \"text\": \"\", \"keyphrases\": []}\n",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("pred.jsonl");
    KeyphraseEval.evaluate(f, null, out);
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(2);
    Map<String, Object> first = Json.object(lines.get(0));
    assertThat(first.get("id")).isEqualTo("d1");
    // "budget": twice in the body and in the title; "vote": once in each
    List<Object> ranked = List.copyOf((List<?>) first.get("keyphrases"));
    assertThat(ranked).startsWith("budget", "vote");
    assertThat(Json.object(lines.get(1))).isEqualTo(Map.of("id", "d2", "keyphrases", List.of()));
  }
}
