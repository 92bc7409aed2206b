package io.newsflow.enrich.quotes;

/** Late precision filters for direct and mixed quotes (rules written from English usage, not from data). */
final class DirectMixedFilters {
  private DirectMixedFilters() {}

  /**
   * Cognition/perception verbs that never report what someone said: "the jobs are considered “core”", "what was
   * supposed to be a “policy address”", "provisions relating to “negligence”". A quoted fragment in their complement
   * is a scare quote or a name, not the subject's words.
   */
  private static final java.util.Set<String> NON_SPEECH_CUES = Words.set("notice", "noticed", "notices", "noticing",
      "recognize", "recognized", "recognizes", "recognizing", "recognise", "recognised", "recognises", "recognising",
      "consider", "considered", "considers", "considering", "suppose", "supposed", "supposes", "supposing", "presume",
      "presumed", "presumes", "presuming", "relate", "related", "relates", "relating");

  /** True when a mixed quote hangs on a cue that is not a verb of saying. */
  static boolean isNonSpeechMixed(Attribution at) {
    return at.kind == ExtractedQuote.Kind.MIXED && at.cue != null
        && NON_SPEECH_CUES.contains(at.cue.text().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * A quoted fragment inside a headline after other headline words ("Senators Slam ‘Secret Deal’", "Mayor says plan
   * ‘rushed’") is a headline's compressed paraphrase or scare quote, not a direct quotation; "Name: ‘...’" headlines
   * (quote right after a colon) are kept. The first line is the title in every text enrich builds ({@code
   * ArticleText}); a long first line is a body paragraph of some other text, and its quotes are left alone.
   */
  static boolean isHeadlineFragment(String text, Attribution at) {
    if (at.kind != ExtractedQuote.Kind.DIRECT) {
      return false;
    }
    int nl = text.indexOf('\n');
    if (nl < 0 || at.start() >= nl || wordCount(text, nl) > HEADLINE_MAX_WORDS) {
      return false;
    }
    String before = text.substring(0, at.start()).strip();
    return !before.isEmpty() && !before.endsWith(":") && Character.isLetterOrDigit(before.charAt(before.length() - 1));
  }

  /** Longer than any headline: such a first line is a paragraph, not a title. */
  private static final int HEADLINE_MAX_WORDS = 25;

  private static int wordCount(String text, int end) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < end; i++) {
      boolean letter = !Character.isWhitespace(text.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }
}
