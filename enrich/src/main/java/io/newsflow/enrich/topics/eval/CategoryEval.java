package io.newsflow.enrich.topics.eval;

import io.newsflow.common.json.Json;
import io.newsflow.enrich.topics.CategoryClassifier;
import io.newsflow.enrich.topics.CategoryGuess;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Scores {@link CategoryClassifier} on a JSONL file with {@code text} (title line + body) and the
 * gold top-level {@code iptc} qcode: accuracy and macro-F1 over the gold classes present.
 */
public final class CategoryEval {

  /** Accuracy and macro-F1 (percent), per-class F1, confusion, accuracy by confidence, throughput. */
  public record Report(int docs, double accuracy, double macroF1, Map<String, Double> perClassF1,
      Map<String, Map<String, Integer>> confusion, ConfidenceCalibration calibration, double docsPerSecond) {
    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
          "categories: docs=%d accuracy=%.1f macroF1=%.1f", docs, accuracy, macroF1));
      perClassF1.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  %s=%.1f", k, v)));
      return sb.append(String.format(Locale.ROOT, "  %.0f docs/s per core", docsPerSecond)).toString();
    }

    /** Gold rows, predicted columns, short codes ("01000000"); "none" when nothing was guessed. */
    public String confusionTable() {
      java.util.TreeSet<String> cols = new java.util.TreeSet<>();
      confusion.values().forEach(r -> cols.addAll(r.keySet()));
      StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-10s", "gold\\pred"));
      for (String c : cols) sb.append(String.format(Locale.ROOT, "%9s", c.replace("medtop:", "")));
      sb.append('\n');
      for (Map.Entry<String, Map<String, Integer>> row : confusion.entrySet()) {
        sb.append(String.format(Locale.ROOT, "%-10s", row.getKey().replace("medtop:", "")));
        for (String c : cols) sb.append(String.format(Locale.ROOT, "%9d", row.getValue().getOrDefault(c, 0)));
        sb.append('\n');
      }
      return sb.toString();
    }
  }

  private CategoryEval() {}

  /**
   * Classifies every document of {@code file}.
   *
   * @param progress receives a line per 50 documents; may be {@code null}
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Report evaluate(Path file, PrintStream progress) {
    return evaluate(file, progress, null);
  }

  /**
   * Classifies every document of {@code file}; when {@code predictions} is not null, writes one
   * JSON line {@code {"id", "category", "confidence"}} per document to it.
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
    CategoryClassifier classifier = new CategoryClassifier();
    Map<String, int[]> perClass = new TreeMap<>(); // tp, gold, predicted
    Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    int docs = 0;
    int correct = 0;
    double[] confidences = new double[lines.size()];
    boolean[] right = new boolean[lines.size()];
    long nanos = 0;
    for (String line : lines) {
      if (line.isBlank()) continue;
      Map<String, Object> o = Json.object(line);
      String text = (String) o.get("text");
      String gold = (String) o.get("iptc");
      int nl = text.indexOf('\n');
      String title = nl < 0 ? text : text.substring(0, nl);
      List<String> paras = nl < 0 ? List.of() : Arrays.asList(text.substring(nl + 1).split("\n"));
      long t0 = CpuClock.now();
      Optional<CategoryGuess> guess = classifier.classify(title, paras);
      nanos += CpuClock.now() - t0;
      String pred = guess.map(CategoryGuess::code).orElse("none");
      confusion.computeIfAbsent(gold, k -> new TreeMap<>()).merge(pred, 1, Integer::sum);
      predicted.append("{\"id\": ").append(Json.quote(String.valueOf(o.get("id"))))
          .append(", \"category\": ").append(Json.quote(pred))
          .append(String.format(Locale.ROOT, ", \"confidence\": %.4f}\n",
              guess.map(CategoryGuess::confidence).orElse(0.0)));
      confidences[docs] = guess.map(CategoryGuess::confidence).orElse(0.0);
      right[docs] = pred.equals(gold);
      perClass.computeIfAbsent(gold, k -> new int[3])[1]++;
      perClass.computeIfAbsent(pred, k -> new int[3])[2]++;
      if (pred.equals(gold)) {
        correct++;
        perClass.get(gold)[0]++;
      }
      docs++;
      if (progress != null && docs % 50 == 0) progress.println("categories: " + docs + " docs");
    }
    Map<String, Double> f1 = new TreeMap<>();
    double sum = 0;
    int classes = 0;
    for (Map.Entry<String, int[]> e : perClass.entrySet()) {
      int[] c = e.getValue();
      if (c[1] == 0) continue;
      double p = c[2] == 0 ? 0 : (double) c[0] / c[2];
      double r = (double) c[0] / c[1];
      double f = p + r == 0 ? 0 : 200 * p * r / (p + r);
      f1.put(e.getKey().replace("medtop:", ""), f);
      sum += f;
      classes++;
    }
    if (predictions != null) {
      try {
        Files.writeString(predictions, predicted, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    ConfidenceCalibration calibration = ConfidenceCalibration.of(Arrays.copyOf(confidences, docs),
        Arrays.copyOf(right, docs));
    return new Report(docs, 100.0 * correct / Math.max(1, docs), sum / Math.max(1, classes), f1, confusion,
        calibration, docs / Math.max(1e-9, nanos / 1e9));
  }

  /**
   * Command line: {@code CategoryEval <dev.jsonl> [--predictions OUT.jsonl]}; prints the report, the
   * confusion table and the calibration table.
   */
  public static void main(String[] args) {
    Path predictions = args.length > 2 && "--predictions".equals(args[1]) ? Path.of(args[2]) : null;
    Report r = evaluate(Path.of(args[0]), System.err, predictions);
    System.out.println(r);
    System.out.print(r.confusionTable());
    System.out.print(r.calibration().table());
  }
}
