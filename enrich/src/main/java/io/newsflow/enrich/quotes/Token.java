package io.newsflow.enrich.quotes;

/** A light token: a word (with inner apostrophes, hyphens and abbreviation periods), one punctuation char, or a quote mark. */
record Token(int start, int end, String text, String lower, Type type, boolean capitalised) {
  /** Computes {@code capitalised} once: frames ask it many times per token. */
  Token(int start, int end, String text, String lower, Type type) {
    this(start, end, text, lower, type, type == Type.WORD && Character.isUpperCase(text.charAt(0)));
  }

  enum Type { WORD, PUNCT, QUOTE }

  boolean isWord() {
    return type == Type.WORD;
  }

  boolean isCapitalised() {
    return capitalised;
  }

  boolean is(String lowerText) {
    return lower.equals(lowerText);
  }

  /** "Russia's" / "Russia’s" / "Reporters'". */
  boolean isPossessive() {
    return type == Type.WORD && (lower.endsWith("'s") || lower.endsWith("’s"));
  }

  /** A lower-case "-ly" word of five letters or more: "strongly", "widely" (not "fly", "Kelly"). */
  boolean isLyAdverb() {
    return type == Type.WORD && !capitalised && lower.length() > 4 && lower.endsWith("ly");
  }

  boolean isSentenceEnd() {
    return type == Type.PUNCT && (text.equals(".") || text.equals("?") || text.equals("!"));
  }
}
