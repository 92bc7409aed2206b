package io.newsflow.enrich.quotes;

import java.util.Locale;

/**
 * Filters against false quotes: link and credit lines ("Read more: …", "Related: …", "Photo: …"), tweet-embed and HTML
 * remnants, titles (every word capitalised) and scare quotes (fewer than {@link #MIN_UNFRAMED_WORDS} words without
 * an attribution frame). A quote with a cue frame is kept however short ({@code "No," he said.}).
 */
final class QuoteFilters {
  static final int MIN_UNFRAMED_WORDS = 6;
  private static final String[] LINK_PREFIXES = {"read more", "related:", "related coverage", "see also", "watch:",
      "photo:", "photos:", "video:", "listen:", "more:", "click here", "read also", "also read", "recommended:",
      "sign up", "subscribe", "image:", "credit:", "source:", "pic.twitter", "follow "};

  private QuoteFilters() {}

  static boolean isLinkOrCreditLine(String text, int start, int end) {
    int len = Math.min(end - start, 24);
    String head = text.substring(start, start + len).toLowerCase(Locale.ROOT);
    for (String p : LINK_PREFIXES) {
      if (head.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /** Tweet/HTML remnants: angle brackets, attribute syntax, URLs, handles-only. */
  static boolean isMarkupRemnant(String quote) {
    return quote.indexOf('<') >= 0 || quote.indexOf('>') >= 0 || quote.contains("=\"") || quote.contains("http")
        || quote.contains("www.") || quote.contains("pic.twitter") || quote.contains("{") || quote.contains("}");
  }

  /** True when a quoted span is not worth reporting without an attribution frame. */
  static boolean isUnframedNoise(String quote) {
    int words = 0;
    int capitalised = 0;
    int longWords = 0;
    boolean sentencePunct = false;
    int n = quote.length();
    int i = 0;
    while (i < n) {
      char c = quote.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int s = i;
        while (i < n && (Character.isLetterOrDigit(quote.charAt(i)) || quote.charAt(i) == '\'' || quote.charAt(i) == '’')) {
          i++;
        }
        words++;
        if (i - s > 3) {
          longWords++;
          if (Character.isUpperCase(c)) {
            capitalised++;
          }
        }
      } else {
        if (c == '.' || c == '?' || c == '!' || c == ',') {
          sentencePunct = true;
        }
        i++;
      }
    }
    if (words < MIN_UNFRAMED_WORDS) {
      return true;
    }
    boolean titleCase = longWords > 0 && capitalised == longWords;
    return titleCase && !sentencePunct;
  }
}
