package io.newsflow.enrich.quotes;

import java.util.Set;

/**
 * Tells a cue verb used in the passive voice ({@code was rejected by}, {@code is expected to}, {@code were told}) from
 * an active report. In the passive the grammatical subject receives the act, so it is not the source of any content.
 */
final class PassiveVoice {
  private static final Set<String> BE = Words.set("is", "are", "was", "were", "be", "been", "being", "'s", "’s");
  /** Past participles of cue verbs that do not end in -ed. */
  private static final Set<String> IRREGULAR_PARTICIPLES = Words.set("told", "shown", "known", "heard", "thought",
      "felt", "found", "said", "written", "understood", "held", "sworn", "foreseen");
  /** Adverbs and negation allowed between the auxiliary and the participle ("was widely expected", "is not known"). */
  private static final Set<String> BETWEEN = Words.set("not", "also", "widely", "generally", "long", "often", "still",
      "never", "already", "reportedly", "repeatedly", "previously", "originally", "initially", "largely", "broadly");

  private PassiveVoice() {}

  /** Whether the one-word cue is a past participle right after a form of "be". */
  static boolean isPassive(Article a, CueHit cue) {
    if (cue.to() - cue.from() != 1 && !(cue.to() - cue.from() == 2 && a.tok(cue.from()).lower().endsWith("ed"))) {
      return false; // one word, or a participle with its particle ("was called on", "was pointed out")
    }
    String w = a.tok(cue.from()).lower();
    if (!w.endsWith("ed") && !IRREGULAR_PARTICIPLES.contains(w)) {
      return false;
    }
    int k = cue.from() - 1;
    while (k >= 0 && (BETWEEN.contains(a.tok(k).lower()) || a.tok(k).isLyAdverb())) {
      k--;
    }
    return k >= 0 && !a.inQuote(k) && (BE.contains(a.tok(k).lower()) || contractedBe(a.tok(k).lower()));
  }

  /** A lower-case -ly word between the auxiliary and the participle: "are strongly favored", "was hotly disputed". */

  /** "I'm told", "we're told", "they're expected": a pronoun with a contracted form of "be". */
  private static boolean contractedBe(String w) {
    return w.endsWith("'m") || w.endsWith("’m") || w.endsWith("'re") || w.endsWith("’re");
  }
}
