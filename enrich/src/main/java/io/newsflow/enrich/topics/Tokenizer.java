package io.newsflow.enrich.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into word, number and punctuation tokens with offsets, and numbers sentences, in one
 * linear pass without regular expressions.
 *
 * <p>Words keep inner apostrophes, hyphens, periods of abbreviations ("U.S.", "Mr.") and
 * ampersands between letters ("AT&amp;T"). A sentence ends at {@code . ! ?} (outside known
 * abbreviations) or at a line break. Thread-safe (stateless).
 */
final class Tokenizer {

  /** Abbreviations whose trailing period does not end a sentence (lower case, without the dot). */
  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "st",
      "jr", "sr", "inc", "corp", "co", "ltd", "vs", "no", "jan", "feb", "mar", "apr", "jun", "jul",
      "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "rev", "hon", "pres", "sec", "dept",
      "univ", "assn", "bros", "e.g", "i.e", "etc", "u.s", "u.k", "u.n", "a.m", "p.m", "d.c");

  private Tokenizer() {}

  static List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>(Math.max(16, text.length() / 5));
    int n = text.length();
    int sentence = 0;
    boolean atSentenceStart = true;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (!atSentenceStart) {
          sentence++;
          atSentenceStart = true;
        }
        i++;
        continue;
      }
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int start = i;
      if (Character.isLetterOrDigit(c)) {
        i = wordEnd(text, i);
        String surface = text.substring(start, i);
        boolean wordLike = true;
        out.add(new Token(surface, start, i, sentence, atSentenceStart && wordLike));
        atSentenceStart = false;
        // A word ending with an abbreviation dot already swallowed it; a plain "." follows otherwise.
        continue;
      }
      i++;
      out.add(new Token(String.valueOf(c), start, i, sentence, false));
      if ((c == '.' || c == '!' || c == '?') && !atSentenceStart && endsSentence(text, i)) {
        sentence++;
        atSentenceStart = true;
      }
    }
    return out;
  }

  /** A sentence mark ends the sentence unless the next non-space char is lower case or a digit. */
  private static boolean endsSentence(String text, int after) {
    int n = text.length();
    int i = after;
    while (i < n && (text.charAt(i) == '"' || text.charAt(i) == '\'' || text.charAt(i) == '\u201d'
        || text.charAt(i) == '\u2019' || text.charAt(i) == ')')) {
      i++;
    }
    while (i < n && text.charAt(i) == ' ') i++;
    if (i >= n) return true;
    char c = text.charAt(i);
    return !Character.isLowerCase(c) && !Character.isDigit(c);
  }

  private static int wordEnd(String text, int i) {
    int n = text.length();
    int start = i;
    i++;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        i++;
      } else if ((c == '\'' || c == '\u2019' || c == '-' || c == '&' || c == '.' || c == ',')
          && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
        // "," and "." only join digits (1,000 / 3.5); "." also joins single letters (U.S).
        if (c == ',' && !(Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1)))) break;
        if (c == '.' && !(Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1)))
            && !singleLetterBefore(text, start, i)) break;
        i++;
      } else {
        break;
      }
    }
    // Abbreviation dot: "Mr." "U.S." keep the period so it does not split the sentence.
    if (i < n && text.charAt(i) == '.') {
      String lower = text.substring(start, i).toLowerCase(java.util.Locale.ROOT);
      if (ABBREVIATIONS.contains(lower) || isInitials(lower)) {
        return i + 1;
      }
    }
    return i;
  }

  private static boolean singleLetterBefore(String text, int start, int dot) {
    return dot - start == 1 || (dot >= 2 && text.charAt(dot - 2) == '.');
  }

  /** "j" (an initial, as in "John F. Kennedy") or dotted initials "u.s". */
  private static boolean isInitials(String lower) {
    if (lower.length() == 1) return Character.isLetter(lower.charAt(0));
    for (int k = 0; k < lower.length(); k++) {
      char c = lower.charAt(k);
      if (k % 2 == 0 ? !Character.isLetter(c) : c != '.') return false;
    }
    return lower.length() % 2 == 1;
  }
}
