package io.newsflow.enrich.quotes.eval;

import io.newsflow.common.json.Json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.enrich.quotes.ExtractedQuote;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuoteEvalTest {
  private static QuoteEval.Gold gold(String quote, int start, String type, String speaker, String resolved) {
    return new QuoteEval.Gold(quote, start, start + quote.length(), type, speaker, resolved, QuoteEval.tokens(quote));
  }

  private static QuoteEval.Pred pred(String quote, int start, ExtractedQuote.Kind kind, String speaker) {
    ExtractedQuote q = new ExtractedQuote(quote, start, start + quote.length(), kind, speaker, -1, -1, speaker, null,
        "said");
    return new QuoteEval.Pred(q, kind.name().toLowerCase(java.util.Locale.ROOT), speaker, QuoteEval.tokens(quote));
  }

  private static QuoteEval.ViewScores score(Set<String> types, boolean ignoreNested, List<QuoteEval.Gold> gold,
      List<QuoteEval.Pred> preds) {
    QuoteEval.Acc acc = new QuoteEval.Acc(types, ignoreNested);
    acc.score(gold, preds);
    return acc.scores();
  }

  @Test
  void tokensAreLowerCasedWordsWithInnerApostrophesAndNoPunctuation() {
    assertThat(QuoteEval.tokens("“It’s NOT over,” he said — 'really'."))
        .containsExactly("it's", "not", "over", "he", "said", "really");
  }

  @Test
  void lenientMatchNeedsHalfOfTheLongerSpan() {
    // gold has 8 tokens; prediction A shares 4 (exactly half) -> match; prediction B shares 3 -> no match
    QuoteEval.Gold g = gold("one two three four five six seven eight", 0, "indirect", "Ann Lee", null);
    QuoteEval.ViewScores half = score(null, false, List.of(g),
        List.of(pred("one two three four", 0, ExtractedQuote.Kind.INDIRECT, "Lee")));
    QuoteEval.ViewScores less = score(null, false, List.of(g),
        List.of(pred("one two three", 0, ExtractedQuote.Kind.INDIRECT, "Lee")));

    assertThat(half.quote().correct()).isEqualTo(1);
    assertThat(half.quote().f1()).isEqualTo(1.0);
    assertThat(less.quote().correct()).isZero();
    assertThat(less.quote().predicted()).isEqualTo(1);
    assertThat(less.quote().gold()).isEqualTo(1);
  }

  @Test
  void theSpeakerAsWrittenIsScoredBesideTheResolvedOne() {
    // "he" resolved to Tom Reyes; the gold source is "he", and its heuristic resolution names someone else
    ExtractedQuote q = new ExtractedQuote("we will win", 0, 11, ExtractedQuote.Kind.DIRECT, "he", 13, 15,
        "Tom Reyes", null, "said");
    QuoteEval.Pred p = new QuoteEval.Pred(q, "direct", "Tom Reyes", QuoteEval.tokens("we will win"));
    QuoteEval.Gold g = gold("we will win", 0, "direct", "he", "Ana Ruiz");

    QuoteEval.ViewScores s = score(null, false, List.of(g), List.of(p));

    assertThat(s.speaker().correct()).as("reyes is neither he nor ruiz").isZero();
    assertThat(s.speakerAsWritten().correct()).as("he = he").isEqualTo(1);
    assertThat(s.speakerAsWritten().f1()).isEqualTo(1.0);
  }

  @Test
  void matchingIsOneToOneAndGreedyByOverlap() {
    // two predictions overlap the same gold; the one sharing more tokens takes it, the other is a false positive
    QuoteEval.Gold g = gold("alpha beta gamma delta", 0, "direct", "Bo Diaz", null);
    List<QuoteEval.Pred> preds = List.of(
        pred("alpha beta", 0, ExtractedQuote.Kind.DIRECT, "Diaz"),
        pred("alpha beta gamma delta", 0, ExtractedQuote.Kind.DIRECT, "Someone Else"));

    QuoteEval.ViewScores s = score(null, false, List.of(g), preds);

    assertThat(QuoteEval.greedy(List.of(g), preds, false)).containsExactly(-1, 0);
    // P = 1/2, R = 1/1, F1 = 2/3
    assertThat(s.quote().precision()).isEqualTo(0.5);
    assertThat(s.quote().recall()).isEqualTo(1.0);
    assertThat(s.quote().f1()).isEqualTo(2.0 / 3.0);
    // the matched prediction has the wrong speaker: speaker P 0/2, R 0/1, accuracy 0/1
    assertThat(s.speaker().correct()).isZero();
    assertThat(s.speaker().predicted()).isEqualTo(2);
    assertThat(s.speakerAccuracy().gold()).isEqualTo(1);
  }

  @Test
  void spansThatDoNotOverlapNeverMatchEvenWithTheSameWords() {
    QuoteEval.Gold g = gold("we will win", 0, "direct", "Ann", null);
    assertThat(QuoteEval.greedy(List.of(g), List.of(pred("we will win", 50, ExtractedQuote.Kind.DIRECT, "Ann")), false))
        .containsExactly(-1);
  }

  @Test
  void directMixedViewIgnoresPredictionsMatchingIndirectGoldButCountsOtherFalsePositives() {
    List<QuoteEval.Gold> gold = List.of(
        gold("the port is closed", 0, "direct", "Omar Haddad", null),
        gold("ships wait outside the harbour", 40, "indirect", "the office", null),
        gold("prices will rise again soon", 100, "mixed", "she", "Mary Stone"));
    List<QuoteEval.Pred> preds = List.of(
        pred("the port is closed", 0, ExtractedQuote.Kind.DIRECT, "Haddad"),
        pred("ships wait outside the harbour", 40, ExtractedQuote.Kind.INDIRECT, "the office"),
        pred("nothing like any gold", 200, ExtractedQuote.Kind.INDIRECT, "Kim"),
        pred("prices will rise again soon", 100, ExtractedQuote.Kind.MIXED, "Stone"));

    QuoteEval.ViewScores all = score(null, false, gold, preds);
    QuoteEval.ViewScores dm = score(Set.of("direct", "mixed"), false, gold, preds);

    // all types: 3 correct of 4 predicted, 3 gold
    assertThat(all.quote().correct()).isEqualTo(3);
    assertThat(all.quote().predicted()).isEqualTo(4);
    assertThat(all.quote().gold()).isEqualTo(3);
    // direct,mixed: the indirect match is ignored, the unmatched prediction still counts: 2 of 3, 2 gold
    assertThat(dm.quote().correct()).isEqualTo(2);
    assertThat(dm.quote().predicted()).isEqualTo(3);
    assertThat(dm.quote().gold()).isEqualTo(2);
    // speaker: Haddad = gold head; Stone = head of speaker_resolved for "she"
    assertThat(dm.speaker().correct()).isEqualTo(2);
    assertThat(dm.speakerAccuracy().recall()).isEqualTo(1.0);
    assertThat(all.speaker().correct()).isEqualTo(3);
    assertThat(all.speaker().predicted()).isEqualTo(4);
  }

  @Test
  void nestedViewIgnoresUnmatchedPredictionsAtLeastNinetyPercentInsideAGoldSpan() {
    String longQuote = "a b c d e f g h i j k l m n o p q r s t";
    QuoteEval.Gold g = gold(longQuote, 0, "indirect", "Lee", null);
    List<QuoteEval.Pred> preds = List.of(
        pred("a b c", 0, ExtractedQuote.Kind.DIRECT, "Lee"),       // inside the gold span, too short to match
        pred("s t u v w", 36, ExtractedQuote.Kind.DIRECT, "Lee")); // only partly inside

    QuoteEval.ViewScores plain = score(null, false, List.of(g), preds);
    QuoteEval.ViewScores nested = score(null, true, List.of(g), preds);

    assertThat(plain.quote().predicted()).isEqualTo(2);
    assertThat(nested.quote().predicted()).isEqualTo(1);
    assertThat(nested.quote().correct()).isZero();
  }

  @Test
  void speakerHeadCutsAppositivesRelativeClausesAndPossessives() {
    assertThat(SpeakerHeads.head("Arturo Vargas, the head of the association")).isEqualTo("vargas");
    assertThat(SpeakerHeads.head("a spokesman who declined to be named")).isEqualTo("spokesman");
    assertThat(SpeakerHeads.head("Rep. Beto O'Rourke (D-Tex.)")).isEqualTo("o'rourke");
    assertThat(SpeakerHeads.head("Jane Roe — the mayor")).isEqualTo("roe");
    assertThat(SpeakerHeads.head("Trump's campaign manager")).isEqualTo("manager");
    assertThat(SpeakerHeads.head("Trump's")).isEqualTo("trump");
    assertThat(SpeakerHeads.head("Martin Luther King Jr.")).isEqualTo("king");
    assertThat(SpeakerHeads.head("John Smith III")).isEqualTo("smith");
  }

  @Test
  void speakerMatchesGoldHeadResolvedHeadOrLastTwoCapitalisedNonTitleTokens() {
    assertThat(SpeakerHeads.matches("Sergey Lavrov", "he", "Lavrov")).isTrue();
    assertThat(SpeakerHeads.matches("Ryan", "House Speaker Paul Ryan", null)).isTrue();
    assertThat(SpeakerHeads.matches("Paul", "House Speaker Paul Ryan", null)).isTrue();
    assertThat(SpeakerHeads.matches("Speaker", "House Speaker Paul Ryan", null)).isFalse();
    assertThat(SpeakerHeads.matches("Clinton", "he", "Trump")).isFalse();
    assertThat(SpeakerHeads.matches("Clinton", null, null)).isFalse();
  }

  @Test
  void evaluatesAFileWritesPredictionsAndDumpsErrors(@TempDir Path dir) throws IOException {
    String text = "Port\\n\\\"The port is closed for the whole week,\\\" Omar Haddad said. Ships wait outside.";
    String line = "{\"id\":\"t1\",\"text\":\"" + text + "\",\"quotes\":["
        + "{\"quote\":\"\\\"The port is closed for the whole week,\\\"\",\"start\":5,\"end\":46,"
        + "\"speaker\":\"Haddad\",\"speaker_resolved\":null,\"type\":\"direct\"},"
        + "{\"quote\":\"Ships wait outside\",\"start\":66,\"end\":84,\"speaker\":\"the harbour office\","
        + "\"speaker_resolved\":null,\"type\":\"indirect\"}]}";
    Path file = dir.resolve("gold.jsonl");
    Files.writeString(file, line + "\n", StandardCharsets.UTF_8);
    Path predictions = dir.resolve("pred.jsonl");
    ByteArrayOutputStream errors = new ByteArrayOutputStream();

    QuoteEval.Report report = QuoteEval.evaluate(file, null,
        new QuoteEval.Options(predictions, new PrintStream(errors, true, StandardCharsets.UTF_8)));

    assertThat(report.docs()).isEqualTo(1);
    assertThat(report.quote().correct()).isEqualTo(1);
    assertThat(report.quote().gold()).isEqualTo(2);
    assertThat(report.quote().precision()).isEqualTo(1.0);
    assertThat(report.speaker().correct()).isEqualTo(1);
    assertThat(report.view("direct,mixed").quote().recall()).isEqualTo(1.0);
    assertThat(report.view("direct,mixed").speakerAccuracy().recall()).isEqualTo(1.0);
    assertThat(report.toString()).contains("direct,mixed").contains("speaker").contains("spk-acc");
    assertThat(errors.toString(StandardCharsets.UTF_8)).contains("== t1").contains("MISS indirect");
    @SuppressWarnings("unchecked")
    Map<String, Object> out = Json.object(Files.readAllLines(predictions).get(0));
    assertThat(out.get("id")).isEqualTo("t1");
    @SuppressWarnings("unchecked")
    Map<String, Object> q = ((List<Map<String, Object>>) out.get("quotes")).get(0);
    assertThat(q).containsKeys("quote", "speaker", "speaker_id", "role", "cue", "kind", "start", "end");
    assertThat(q.get("speaker")).isEqualTo("Omar Haddad");
    assertThat(q.get("kind")).isEqualTo("direct");
    assertThat(((Number) q.get("start")).intValue()).isEqualTo(5);
    assertThat(QuoteEval.evaluate(file, null).quote()).isEqualTo(report.quote());
  }

  @Test
  void speedMeasureCountsArticlesPerCpuSecond(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("texts.jsonl");
    Files.writeString(file, "{\"id\":\"a\",\"text\":\"\\\"We won,\\\" she said.\"}\n{\"id\":\"b\",\"text\":\"x\"}\n",
        StandardCharsets.UTF_8);

    assertThat(QuoteEval.articlesPerCpuSecond(file, 2)).isPositive();
    assertThatThrownBy(() -> QuoteEval.articlesPerCpuSecond(file, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
