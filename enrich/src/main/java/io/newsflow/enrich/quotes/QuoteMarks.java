package io.newsflow.enrich.quotes;

/** Character classes of quote marks. Straight marks get their direction from context in {@link QuoteScanner}. */
final class QuoteMarks {
  private QuoteMarks() {}

  static boolean isQuoteChar(char c) {
    if (c < 128) {
      return c == '"' || c == '\'';
    }
    return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»' || c == '‘' || c == '’' || c == '\''
        || c == '‹' || c == '›';
  }

  static boolean isDoubleOpen(char c) {
    return c == '“' || c == '„' || c == '«';
  }

  static boolean isDoubleClose(char c) {
    return c == '”' || c == '»';
  }

  static boolean isDoubleAny(char c) {
    return c == '"' || isDoubleOpen(c) || isDoubleClose(c);
  }
}
