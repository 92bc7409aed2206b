package io.newsflow.enrich.quotes;

import java.util.Set;
import java.util.regex.Pattern;

/** Reported-speech candidates whose frame or content cannot carry a claim by the source. */
final class ReportValidity {
  private ReportValidity() {}

  /**
   * Modal negatives of inability or refusal: "X can't say whether …", "X won't reveal the terms …" report that no
   * claim was made (unlike "doesn't think", which still attributes a belief).
   */
  private static final Set<String> UNABLE = Words.set("can't", "cannot", "won't", "couldn't", "wouldn't", "can’t",
      "won’t", "couldn’t", "wouldn’t");
  /** Adverbs that may sit between the modal and the cue ("can't yet say", "won't even reveal"). */
  private static final Set<String> BETWEEN = Words.set("even", "yet", "still", "ever", "really", "always", "often");

  /** A wire-style dateline alone: "PARIS, March 3 (AP", "NEW YORK (Reuters) —". */
  private static final Pattern DATELINE = Pattern.compile(
      "[A-Z][A-Z.'’ -]+(, [A-Z][\\w.]*( [A-Z][\\w.]*)*)?(, [A-Z][a-z]{2,8}\\.? \\d{1,2})?,? ?\\(?[A-Z][A-Za-z]{1,8}\\)?"
          + "\\s*[-—–]?");

  static boolean invalid(Article a, Attribution r) {
    if (r.cue != null && (unableBefore(a, r.cue.from()) || discourseSaid(a, r.cue))) {
      return true;
    }
    return DATELINE.matcher(r.text(a.text).strip()).matches();
  }

  /**
   * "Having said that, …": a set phrase linking the writer's own sentences; what follows its comma is not reported
   * (unlike "Having said that he would run, she …").
   */
  private static boolean discourseSaid(Article a, CueHit cue) {
    int f = cue.from();
    int t = cue.to();
    if (f < 1 || t >= a.size()) {
      return false;
    }
    return a.tok(f).is("said") && a.tok(f - 1).is("having") && a.tok(t).is("that") && t + 1 < a.size()
        && a.tok(t + 1).is(",");
  }

  private static boolean unableBefore(Article a, int cue) {
    int k = cue - 1;
    while (k >= 0 && a.tok(k).isWord() && BETWEEN.contains(a.tok(k).lower())) {
      k--;
    }
    return k >= 0 && UNABLE.contains(a.tok(k).lower());
  }
}
