package io.newsflow.enrich.topics;

import java.util.List;
import java.util.Set;

/** Decides per sentence whether capitalisation carries name information. Stateless. */
final class SentenceCasing {
  private static final Set<String> HEADLINE_FUNCTION_WORDS = Set.of(
      "the", "a", "an", "of", "on", "in", "to", "for", "and", "at", "with", "from", "by", "as", "is",
      "are", "be", "after", "over", "into", "its", "his", "her", "their", "but", "or", "not");

  /** A title-case sentence with this many numbers is a results list, not a headline. */
  static final int MIN_NUMBERS_IN_LIST = 3;

  private SentenceCasing() {}

  /**
   * A sentence is uninformative when it is shouted (all words in capitals) or is a title-case
   * headline, recognised by capitalised function words ("Calorie Counts On Restaurant Menus");
   * a list of names ("Italy ( Adler Capelli , Cristiano Citto )") or a results line with three or
   * more numbers stays informative.
   */
  static boolean[] informative(List<Token> tokens, int sentences) {
    int[] words = new int[sentences];
    int[] caps = new int[sentences];
    int[] allCaps = new int[sentences];
    int[] capitalFunctionWords = new int[sentences];
    int[] numbers = new int[sentences];
    for (Token t : tokens) {
      if (t.isNumber()) numbers[t.sentence()]++;
      if (!t.isWord()) continue;
      int s = t.sentence();
      words[s]++;
      if (t.isCapitalised()) {
        caps[s]++;
        if (!t.sentenceStart() && !t.isAllCaps() && HEADLINE_FUNCTION_WORDS.contains(t.lower())) capitalFunctionWords[s]++;
      }
      if (t.isAllCaps() || t.text().length() == 1) allCaps[s]++;
    }
    boolean[] out = new boolean[sentences];
    for (int s = 0; s < sentences; s++) {
      // results lines ("Surrey 429-7 ( C. Lewis 80 , M. Butcher 70 )") are lists of names, not headlines
      boolean headline = capitalFunctionWords[s] > 0 && caps[s] >= 0.8 * words[s] && numbers[s] < MIN_NUMBERS_IN_LIST;
      boolean shouted = words[s] >= 2 && allCaps[s] == words[s];
      out[s] = !(headline || shouted);
    }
    return out;
  }
}
