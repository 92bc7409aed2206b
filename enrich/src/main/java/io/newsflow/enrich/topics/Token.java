package io.newsflow.enrich.topics;

/**
 * One token of a text: its surface, character offsets (end exclusive), sentence number and whether
 * it is the first word-like token of its sentence (capitalisation there says little).
 */
record Token(String text, int start, int end, int sentence, boolean sentenceStart) {

  boolean isWord() {
    return Character.isLetter(text.charAt(0));
  }

  boolean isNumber() {
    return Character.isDigit(text.charAt(0));
  }

  boolean isPunct() {
    return !isWord() && !isNumber();
  }

  boolean isCapitalised() {
    return Character.isUpperCase(text.charAt(0));
  }

  /** All letters upper case and at least two of them ("FDA", "U.S"). */
  boolean isAllCaps() {
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

  String lower() {
    return text.toLowerCase(java.util.Locale.ROOT);
  }
}
