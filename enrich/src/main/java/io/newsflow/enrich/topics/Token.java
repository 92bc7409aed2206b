package io.newsflow.enrich.topics;

import java.util.Locale;

/**
 * One token of a text: its surface, character offsets (end exclusive), sentence number, whether
 * it is the first word-like token of its sentence (capitalisation there says little), its lower
 * case form and its shape. Everything is computed once here because every topic extractor asks for
 * the same facts about each token many times. Immutable.
 */
final class Token {
  private final String text;
  private final int start;
  private final int end;
  private final int sentence;
  private final boolean sentenceStart;
  private final String lower;
  private final boolean word;
  private final boolean number;
  private final boolean capitalised;
  private final boolean allCaps;

  Token(String text, int start, int end, int sentence, boolean sentenceStart) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.sentence = sentence;
    this.sentenceStart = sentenceStart;
    this.lower = text.toLowerCase(Locale.ROOT);
    char first = text.charAt(0);
    this.word = Character.isLetter(first);
    this.number = Character.isDigit(first);
    this.capitalised = Character.isUpperCase(first);
    this.allCaps = allCaps(text);
  }

  String text() {
    return text;
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  int sentence() {
    return sentence;
  }

  boolean sentenceStart() {
    return sentenceStart;
  }

  /** The surface in lower case ({@link Locale#ROOT}). */
  String lower() {
    return lower;
  }

  boolean isWord() {
    return word;
  }

  boolean isNumber() {
    return number;
  }

  boolean isPunct() {
    return !word && !number;
  }

  boolean isCapitalised() {
    return capitalised;
  }

  /** All letters upper case and at least two of them ("FDA", "U.S"). */
  boolean isAllCaps() {
    return allCaps;
  }

  private static boolean allCaps(String text) {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) return false;
        letters++;
      }
    }
    return letters >= 2;
  }

  @Override
  public String toString() {
    return text + "@" + start;
  }
}
