package io.newsflow.enrich.quotes.eval;

/**
 * Precision, recall and F1 with their counts. Empty denominators give 0.
 *
 * @param correct   matched items
 * @param predicted predicted items counted
 * @param gold      gold items counted
 */
public record Prf(int correct, int predicted, int gold, double precision, double recall, double f1) {
  static Prf of(int correct, int predicted, int gold) {
    double p = predicted == 0 ? 0 : (double) correct / predicted;
    double r = gold == 0 ? 0 : (double) correct / gold;
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new Prf(correct, predicted, gold, p, r, f);
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "P %.3f R %.3f F1 %.3f (%d/%d/%d)", precision, recall, f1, correct,
        predicted, gold);
  }
}
