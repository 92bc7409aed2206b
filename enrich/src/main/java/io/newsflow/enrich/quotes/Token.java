package io.newsflow.enrich.quotes;

/** A light token: a word (with inner apostrophes, hyphens and abbreviation periods), one punctuation char, or a quote mark. */
record Token(int start, int end, String text, String lower, Type type) {
  enum Type { WORD, PUNCT, QUOTE }

  boolean isWord() {
    return type == Type.WORD;
  }

  boolean isCapitalised() {
    return type == Type.WORD && Character.isUpperCase(text.charAt(0));
  }

  boolean is(String lowerText) {
    return lower.equals(lowerText);
  }

  /** "Russia's" / "Russia’s" / "Reporters'". */
  boolean isPossessive() {
    return type == Type.WORD && (lower.endsWith("'s") || lower.endsWith("’s"));
  }

  boolean isSentenceEnd() {
    return type == Type.PUNCT && (text.equals(".") || text.equals("?") || text.equals("!"));
  }
}
