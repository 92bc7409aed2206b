package io.newsflow.enrich.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Keeps only the outermost of nested reported-speech attributions. In {@code Khan said she had not spoken because she
 * did not believe she could stay composed}, "believe" opens a frame whose whole span lies inside the content of
 * "said": it is part of what Khan said, not a second statement. The same holds when only the inner cue lies inside
 * the outer content (the inner frame may run on past where the outer content was cut), and when the outer is a quote
 * built around quotation marks. A mental-state verb, or a bare verb under a modal, coordinated right after a reported
 * content joins that content instead of opening a report of its own. Direct quotes are never dropped here.
 */
final class NestedReports {
  private NestedReports() {}

  /** Verbs of a mental state: they report what the speaker feels or thinks, not a new act of saying. */
  private static final Set<String> MENTAL_STATE = Words.set("feel", "feels", "felt", "think", "thinks", "thought",
      "believe", "believes", "believed", "hope", "hopes", "hoped", "expect", "expects", "expected", "find", "finds",
      "found", "know", "knows", "knew", "want", "wants", "wanted", "worry", "worries", "worried", "fear", "fears",
      "feared");
  /** A third-person subject repeated before a coordinated verb ("… and he feels …"). */
  private static final Set<String> REPEATED_SUBJECT = Words.set("he", "she", "they");
  /** Words after which a bare verb form is an infinitive or a modal's complement ("would … call and talk about"). */
  private static final Set<String> BARE_VERB_HOSTS = Words.set("would", "will", "could", "can", "should", "may",
      "might", "must", "to");
  /** Irregular past forms that look like bare verbs. */
  private static final Set<String> IRREGULAR_PAST = Words.set("said", "told", "thought", "spoke", "wrote", "made",
      "took", "gave", "felt", "knew", "found", "put", "read", "let", "set", "cut", "hit", "quit", "spread", "forecast",
      "bid", "cast", "broadcast", "met", "held", "left", "saw", "swore", "taught", "went", "came", "led");

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
   * {@code Trump said the caucus system is "complex" and he feels he can win}, {@code he would be glad to call and
   * talk about the delays}: a verb coordinated with the end of a reported content is still part of that content when
   * it only states the speaker's mind (a mental-state verb) or continues a bare-infinitive chain under a modal or
   * "to". The outer content then runs on to the end of the inner one, which is no quote of its own.
   */
  static List<Attribution> joinCoordinated(Article a, List<Attribution> reported) {
    List<Attribution> out = new ArrayList<>(reported);
    for (Attribution inner : reported) {
      Attribution outer = coordinatedOuter(a, inner, out);
      if (outer != null) {
        outer.fragments.get(outer.fragments.size() - 1)[1] = inner.end();
        if (inner.kind == ExtractedQuote.Kind.MIXED) {
          outer.kind = ExtractedQuote.Kind.MIXED;
        }
        out.remove(inner);
      }
    }
    return out;
  }

  private static Attribution coordinatedOuter(Article a, Attribution inner, List<Attribution> reported) {
    if (inner.cue == null || inner.cue.participle()) {
      return null;
    }
    int k = inner.cue.from() - 1;
    boolean subject = k >= 0 && REPEATED_SUBJECT.contains(a.tok(k).lower());
    if (subject) {
      k--;
    }
    if (k < 1 || !a.tok(k).is("and")) {
      return null;
    }
    int last = a.tok(k - 1).is(",") ? k - 2 : k - 1;
    String verb = a.tok(inner.cue.from()).lower();
    boolean mental = MENTAL_STATE.contains(verb);
    for (Attribution outer : reported) {
      if (outer == inner || outer.end() > inner.start() || a.tokenAtOrAfter(outer.end()) != last + 1) {
        continue;
      }
      if (mental || !subject && isBareVerb(verb) && hasBareVerbHost(a, outer, last)) {
        return outer;
      }
    }
    return null;
  }

  private static boolean isBareVerb(String w) {
    return !w.endsWith("s") && !w.endsWith("ed") && !w.endsWith("ing") && !IRREGULAR_PAST.contains(w);
  }

  private static boolean hasBareVerbHost(Article a, Attribution outer, int lastTok) {
    int first = a.tokenAtOrAfter(outer.fragments.get(outer.fragments.size() - 1)[0]);
    for (int t = first; t < lastTok; t++) {
      if (BARE_VERB_HOSTS.contains(a.tok(t).lower()) && a.tok(t + 1).isWord()) {
        return true;
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
