package io.newsflow.enrich.topics.eval;

import io.newsflow.common.json.Json;
import io.newsflow.enrich.topics.KeyphraseExtractor;
import io.newsflow.enrich.topics.PorterStemmer;
import io.newsflow.enrich.topics.ScoredPhrase;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores {@link KeyphraseExtractor} on a 500N-KPCrowd style JSONL file ({@code id}, {@code text} =
 * title line + body, {@code keyphrases}): macro F1@5 and F1@10, exact match after lower-casing,
 * punctuation removal and Porter stemming; predictions are deduplicated after normalisation.
 */
public final class KeyphraseEval {

  /** Evaluation figures (percentages) and throughput. */
  public record Report(int docs, double p5, double r5, double f5, double p10, double r10, double f10,
      double docsPerSecond) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT,
          "keyphrases %s: docs=%d  P@5=%.1f R@5=%.1f F1@5=%.1f  P@10=%.1f R@10=%.1f F1@10=%.1f  %.0f docs/s per core",
          KeyphraseExtractor.VERSION, docs, p5, r5, f5, p10, r10, f10, docsPerSecond);
    }
  }

  private KeyphraseEval() {}

  /** How many ranked phrases are asked for per document (F1@10 needs 10 after deduplication). */
  static final int PREDICTED = 20;

  /**
   * Runs the extractor over every line of {@code file}.
   *
   * @param progress receives one line per 50 documents; may be {@code null}
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Report evaluate(Path file, PrintStream progress) {
    return evaluate(file, progress, null);
  }

  /**
   * Runs the extractor over every line of {@code file}; when {@code predictions} is not null, writes
   * one JSON line {@code {"id", "keyphrases": [ranked, best first]}} per document to it (the
   * extractor's {@value #PREDICTED} phrases as it returned them, before the metric's normalisation).
   *
   * @throws UncheckedIOException if a file cannot be read or written
   */
  public static Report evaluate(Path file, PrintStream progress, Path predictions) {
    StringBuilder predicted = new StringBuilder();
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    KeyphraseExtractor ex = new KeyphraseExtractor();
    double[] sums = new double[6];
    int docs = 0;
    long nanos = 0;
    for (String line : lines) {
      if (line.isBlank()) continue;
      Map<String, Object> o = Json.object(line);
      String text = (String) o.get("text");
      int nl = text.indexOf('\n');
      String title = nl < 0 ? text : text.substring(0, nl);
      List<String> paras = nl < 0 ? List.of() : Arrays.asList(text.substring(nl + 1).split("\n"));
      long t0 = CpuClock.now();
      List<ScoredPhrase> pred = ex.extract(title, paras, PREDICTED);
      nanos += CpuClock.now() - t0;
      if (predictions != null) appendPrediction(predicted, o.get("id"), pred);
      Set<String> gold = new LinkedHashSet<>();
      for (Object k : (List<?>) o.get("keyphrases")) {
        String n = normalise((String) k);
        if (!n.isEmpty()) gold.add(n);
      }
      List<String> ranked = new ArrayList<>(new LinkedHashSet<>(pred.stream()
          .map(p -> normalise(p.phrase())).filter(s -> !s.isEmpty()).toList()));
      accumulate(sums, 0, ranked, gold, 5);
      accumulate(sums, 3, ranked, gold, 10);
      docs++;
      if (progress != null && docs % 50 == 0) progress.println("keyphrases: " + docs + " docs");
    }
    if (predictions != null) {
      try {
        Files.writeString(predictions, predicted, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    double d = Math.max(1, docs);
    return new Report(docs, 100 * sums[0] / d, 100 * sums[1] / d, 100 * sums[2] / d,
        100 * sums[3] / d, 100 * sums[4] / d, 100 * sums[5] / d,
        docs / Math.max(1e-9, nanos / 1e9));
  }

  private static void appendPrediction(StringBuilder out, Object id, List<ScoredPhrase> ranked) {
    out.append("{\"id\": ").append(Json.quote(String.valueOf(id))).append(", \"keyphrases\": [");
    for (int k = 0; k < ranked.size(); k++) {
      if (k > 0) out.append(", ");
      out.append(Json.quote(ranked.get(k).phrase()));
    }
    out.append("]}\n");
  }

  private static void accumulate(double[] sums, int at, List<String> ranked, Set<String> gold, int k) {
    List<String> top = ranked.subList(0, Math.min(k, ranked.size()));
    long hits = top.stream().filter(gold::contains).count();
    double p = top.isEmpty() ? 0 : (double) hits / top.size();
    double r = gold.isEmpty() ? 0 : (double) hits / gold.size();
    sums[at] += p;
    sums[at + 1] += r;
    sums[at + 2] += p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Lower case, punctuation deleted, each token Porter-stemmed, single spaces. */
  static String normalise(String phrase) {
    String lower = phrase.toLowerCase(Locale.ROOT);
    StringBuilder cleaned = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (Character.isLetterOrDigit(c) || Character.isWhitespace(c)) cleaned.append(c);
    }
    StringBuilder out = new StringBuilder();
    for (String tok : cleaned.toString().trim().split("\\s+")) {
      if (tok.isEmpty()) continue;
      if (out.length() > 0) out.append(' ');
      out.append(PorterStemmer.stem(tok));
    }
    return out.toString();
  }

  /** Command line: {@code KeyphraseEval <dev.jsonl> [--predictions OUT.jsonl]}. */
  public static void main(String[] args) {
    Path predictions = args.length > 2 && "--predictions".equals(args[1]) ? Path.of(args[2]) : null;
    System.out.println(evaluate(Path.of(args[0]), System.err, predictions));
  }
}
