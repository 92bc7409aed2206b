package io.newsflow.enrich.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps only the outermost of nested reported-speech attributions. In {@code Khan said she had not spoken because she
 * did not believe she could stay composed}, "believe" opens a frame whose whole span lies inside the content of
 * "said": it is part of what Khan said, not a second statement. Direct quotes are never dropped here.
 */
final class NestedReports {
  private NestedReports() {}

  /** @param reported reported-speech attributions (indirect or mixed); the list is not modified */
  static List<Attribution> outermost(Article a, List<Attribution> reported) {
    List<Attribution> out = new ArrayList<>(reported.size());
    for (int i = 0; i < reported.size(); i++) {
      Attribution inner = reported.get(i);
      if (!isInsideAnother(reported, i) && !cueInsideContent(a, inner, reported)) {
        out.add(inner);
      }
    }
    return out;
  }

  /**
   * {@code Manafort acknowledged that the work could be termed "influence peddling," the paper reported}: a report whose
   * cue lies inside a kept quote built around quotation marks is part of that quote's content.
   */
  static List<Attribution> notInside(Article a, List<Attribution> reported, List<Attribution> quotes) {
    List<Attribution> out = new ArrayList<>(reported.size());
    for (Attribution r : reported) {
      if (!cueInsideContent(a, r, quotes)) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * A direct quote lying wholly inside a reported-speech content ({@code He said the plan "will fail" soon}) is already
   * part of that content: reporting it again would list the same words twice.
   */
  static boolean insideAny(Attribution quote, List<Attribution> reported) {
    for (Attribution r : reported) {
      for (int[] f : r.fragments) {
        if (f[0] <= quote.start() && quote.end() <= f[1]) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * {@code She said she went because she thought it would be fun}: a cue lying inside the content of another report is
   * part of what that speaker said, even when the inner frame runs on past where the outer content was cut.
   */
  static boolean cueInsideContent(Article a, Attribution inner, List<Attribution> others) {
    if (inner.cue == null) {
      return false;
    }
    int cueStart = a.tok(inner.cue.from()).start();
    for (Attribution outer : others) {
      if (outer == inner || outer.start() >= inner.start()) {
        continue;
      }
      for (int[] f : outer.fragments) {
        if (f[0] <= cueStart && cueStart < f[1]) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isInsideAnother(List<Attribution> reported, int i) {
    Attribution inner = reported.get(i);
    for (int j = 0; j < reported.size(); j++) {
      Attribution outer = reported.get(j);
      if (j == i || outer.start() > inner.start() || inner.end() > outer.end()) {
        continue;
      }
      boolean sameSpan = outer.start() == inner.start() && outer.end() == inner.end();
      if (!sameSpan || j < i) { // of two identical spans the first one stays
        return true;
      }
    }
    return false;
  }
}
