package io.newsflow.enrich.quotes.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuoteEvalTest {
  @Test
  void speakerHeadCutsAppositivesAndAcceptsResolvedOrLastNames() {
    assertThat(SpeakerHeads.head("Arturo Vargas, the head of the association")).isEqualTo("vargas");
    assertThat(SpeakerHeads.head("Trump's campaign manager")).isEqualTo("manager");
    assertThat(SpeakerHeads.head("Martin Luther King Jr.")).isEqualTo("king");
    assertThat(SpeakerHeads.matches("Sergey Lavrov", "he", "Lavrov")).isTrue();
    assertThat(SpeakerHeads.matches("Ryan", "House Speaker Paul Ryan", null)).isTrue();
    assertThat(SpeakerHeads.matches("Paul", "House Speaker Paul Ryan", null)).isTrue();
    assertThat(SpeakerHeads.matches("Clinton", "he", "Trump")).isFalse();
  }

  @Test
  void scoresLenientMatchesAndSpeakers(@TempDir Path dir) throws IOException {
    String text = "Port\\n\\\"The port is closed for the whole week,\\\" Omar Haddad said. Ships wait outside.";
    String line = "{\"id\":\"t1\",\"text\":\"" + text + "\",\"quotes\":["
        + "{\"quote\":\"\\\"The port is closed for the whole week,\\\"\",\"start\":5,\"end\":46,"
        + "\"speaker\":\"Haddad\",\"speaker_resolved\":null,\"type\":\"direct\"},"
        + "{\"quote\":\"Ships wait outside\",\"start\":66,\"end\":84,\"speaker\":\"the harbour office\","
        + "\"speaker_resolved\":null,\"type\":\"indirect\"}]}";
    Path file = dir.resolve("gold.jsonl");
    Files.writeString(file, line + "\n", StandardCharsets.UTF_8);

    QuoteEval.Report report = QuoteEval.evaluate(file, null);

    assertThat(report.docs()).isEqualTo(1);
    assertThat(report.quote().correct()).isEqualTo(1);
    assertThat(report.quote().gold()).isEqualTo(2);
    assertThat(report.quote().precision()).isEqualTo(1.0);
    assertThat(report.speaker().correct()).isEqualTo(1);
    assertThat(report.views().get("direct,mixed").quote().recall()).isEqualTo(1.0);
    assertThat(report.toString()).contains("direct,mixed").contains("speaker");
  }
}
