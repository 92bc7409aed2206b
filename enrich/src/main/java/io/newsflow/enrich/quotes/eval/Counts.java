package io.newsflow.enrich.quotes.eval;

/** Precision/recall counts; mutable accumulator used while scoring. */
final class Counts {
  int predicted;
  int gold;
  int correct;
  /** correct items counted on the predicted side when it differs (per-kind views: predicted kind vs gold type). */
  int correctPredicted = -1;

  void add(int p, int g, int c) {
    predicted += p;
    gold += g;
    correct += c;
  }

  Prf prf() {
    if (correctPredicted < 0) {
      return Prf.of(correct, predicted, gold);
    }
    Prf p = Prf.of(correctPredicted, predicted, 0);
    Prf r = Prf.of(correct, 0, gold);
    double f = p.precision() + r.recall() == 0 ? 0 : 2 * p.precision() * r.recall() / (p.precision() + r.recall());
    return new Prf(correct, predicted, gold, p.precision(), r.recall(), f);
  }
}
