package io.newsflow.enrich.topics.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsflow.enrich.topics.EntityKind;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Guards the dev figures (issue #6) a little below what was measured, so a regression fails the
 * build. Skips when the shared data folder is absent.
 */
class EvalGateTest {

  private static Path data(String sub) {
    String root = System.getProperty("newsflow.shared.data", "");
    Path dir = Path.of(root.isEmpty() ? "/nonexistent" : root, sub);
    assumeTrue(Files.isDirectory(dir), "shared data not available: " + dir);
    return dir;
  }

  @Test
  void keyphrasesKeepF1At10() {
    Path file = data("keyphrases").resolve("dev.jsonl");
    assumeTrue(Files.isRegularFile(file), "missing " + file);
    KeyphraseEval.Report r = KeyphraseEval.evaluate(file, null);
    assertThat(r.docs()).isEqualTo(250);
    // measured 21.15 / 13.43 (keyphrases-2)
    assertThat(r.f10()).isGreaterThanOrEqualTo(21.0);
    assertThat(r.f5()).isGreaterThanOrEqualTo(13.2);
  }

  @Test
  void entitiesKeepF1() {
    Path file = data("ner").resolve("eng.testa.dev.conll");
    assumeTrue(Files.isRegularFile(file), "missing " + file);
    NerEval.Report r = NerEval.evaluate(file, null);
    assertThat(r.f1()).isGreaterThanOrEqualTo(85.7);
    assertThat(r.f1(EntityKind.PERSON)).isGreaterThanOrEqualTo(90.5);
  }

  @Test
  void entitiesKeepF1OnTheTestBDevHalf() {
    Path file = data("ner").resolve("eng.testb.dev-half.conll");
    assumeTrue(Files.isRegularFile(file), "missing " + file);
    NerEval.Report r = NerEval.evaluate(file, null);
    // issue #6 targets on this file: overall >= 80 and PER >= 90
    assertThat(r.f1()).isGreaterThanOrEqualTo(84.7);
    assertThat(r.f1(EntityKind.PERSON)).isGreaterThanOrEqualTo(90.5);
    assertThat(r.f1(EntityKind.ORGANIZATION)).isGreaterThanOrEqualTo(79.2);
  }

  @Test
  void categoriesKeepAccuracy() {
    Path file = data("categories").resolve("dev.jsonl");
    assumeTrue(Files.isRegularFile(file), "missing " + file);
    CategoryEval.Report r = CategoryEval.evaluate(file, null);
    // measured 81.2 (macro-F1 80.6; halves 82.4 / 80.0); confidence: expected calibration error 0.057
    assertThat(r.accuracy()).isGreaterThanOrEqualTo(80.2);
    assertThat(r.calibration().expectedCalibrationError()).isLessThan(0.1);
  }
}
