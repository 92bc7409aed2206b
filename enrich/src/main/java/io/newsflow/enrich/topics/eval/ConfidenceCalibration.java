package io.newsflow.enrich.topics.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Accuracy by confidence bucket, to check that a classifier's confidence reads as a probability of
 * being right. Buckets: below 0.5 (guesses without evidence), then 0.5–0.6, …, 0.9–1.0; the
 * expected calibration error (ECE) is the document-weighted mean of |accuracy − mean confidence|.
 */
public record ConfidenceCalibration(List<Bucket> buckets, double expectedCalibrationError) {
  static final double[] EDGES = {0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0};

  /** Guesses with confidence in [from, to) (the last bucket includes 1.0). */
  public record Bucket(double from, double to, int docs, int correct, double meanConfidence) {
    public double accuracy() {
      return docs == 0 ? 0 : (double) correct / docs;
    }
  }

  /** Buckets the guesses; {@code confidence[i]} belongs to a guess that was right iff {@code correct[i]}. */
  public static ConfidenceCalibration of(double[] confidence, boolean[] correct) {
    if (confidence.length != correct.length) throw new IllegalArgumentException("lengths differ");
    int k = EDGES.length - 1;
    int[] docs = new int[k];
    int[] right = new int[k];
    double[] confSum = new double[k];
    for (int i = 0; i < confidence.length; i++) {
      int b = bucket(confidence[i]);
      docs[b]++;
      confSum[b] += confidence[i];
      if (correct[i]) right[b]++;
    }
    List<Bucket> buckets = new ArrayList<>();
    double ece = 0;
    for (int b = 0; b < k; b++) {
      double mean = docs[b] == 0 ? 0 : confSum[b] / docs[b];
      Bucket bucket = new Bucket(EDGES[b], EDGES[b + 1], docs[b], right[b], mean);
      buckets.add(bucket);
      if (docs[b] > 0) ece += (double) docs[b] / confidence.length * Math.abs(bucket.accuracy() - mean);
    }
    return new ConfidenceCalibration(List.copyOf(buckets), ece);
  }

  private static int bucket(double confidence) {
    for (int b = EDGES.length - 2; b > 0; b--) {
      if (confidence >= EDGES[b]) return b;
    }
    return 0;
  }

  /** One line per non-empty bucket: range, documents, accuracy, mean confidence; then the ECE. */
  public String table() {
    StringBuilder sb = new StringBuilder("confidence   docs  accuracy  mean-confidence\n");
    for (Bucket b : buckets) {
      if (b.docs() == 0) continue;
      sb.append(String.format(Locale.ROOT, "%.1f-%.1f  %6d  %8.3f  %15.3f%n", b.from(), b.to(), b.docs(),
          b.accuracy(), b.meanConfidence()));
    }
    return sb.append(String.format(Locale.ROOT, "expected calibration error %.3f%n", expectedCalibrationError))
        .toString();
  }
}
