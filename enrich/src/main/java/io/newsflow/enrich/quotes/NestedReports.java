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
  static List<Attribution> outermost(List<Attribution> reported) {
    List<Attribution> out = new ArrayList<>(reported.size());
    for (int i = 0; i < reported.size(); i++) {
      Attribution inner = reported.get(i);
      if (!isInsideAnother(reported, i)) {
        out.add(inner);
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
