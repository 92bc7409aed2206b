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

  /**
   * A quoted excerpt followed right away by a link ({@code "headline," by X: "first lines …" http://bit.ly/…}): a
   * newsletter's pointer to another article, whose text nobody in this story said.
   */
  static boolean isLinkedExcerpt(String text, int end) {
    int i = end;
    int n = text.length();
    while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0')) {
      i++;
    }
    if (text.startsWith("http", i) || text.startsWith("www.", i)) {
      return true;
    }
    // a bare short link: "dnain.fo/1HSB5rF", "bit.ly/…" (lower-case host, a dot, then a slash before any space)
    int dot = -1;
    for (int k = i; k < n && k - i < 24; k++) {
      char c = text.charAt(k);
      if (c == '.' && dot < 0 && k > i) {
        dot = k;
      } else if (c == '/') {
        return dot > 0 && k > dot + 1;
      } else if (!(Character.isLowerCase(c) || Character.isDigit(c) || c == '-')) {
        return false;
      }
    }
    return false;
  }

  /**
   * A quoted slogan or title dated in parentheses right after it ({@code “No to Free Lawyers” (2016)}, {@code "Jaws"
   * (1975)}): a name of a work or campaign, not a statement.
   */
  static boolean isDatedTitle(String text, int end) {
    int i = end;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    if (i + 6 > text.length() || text.charAt(i) != '(' || text.charAt(i + 5) != ')') {
      return false;
    }
    char c1 = text.charAt(i + 1);
    char c2 = text.charAt(i + 2);
    return (c1 == '1' && c2 == '9' || c1 == '2' && c2 == '0') && Character.isDigit(text.charAt(i + 3))
        && Character.isDigit(text.charAt(i + 4));
  }

  /** Sentence-initial prepositions of an adjunct about where or when something was said. */
  private static final java.util.Set<String> OCCASION_PREPOSITIONS = Words.set("in", "during", "at", "on", "earlier",
      "later", "speaking");
  /** Occasions a quoted show or outlet name belongs to ("in an interview with “Fox News Sunday,”"). */
  private static final java.util.Set<String> OCCASION_WORDS = Words.set("interview", "appearance", "interviews",
      "speech", "broadcast", "segment", "episode", "program", "show", "podcast", "op-ed", "column");

  /**
   * Reported content that is only the occasion of a statement, cut off by its comma before the speaker:
   * {@code In an interview on CBS's “Face the Nation,” Ryan said …}. The quoted part is a show's name.
   */
  static boolean isOccasionOnly(String content) {
    String c = content.strip();
    int n = c.length();
    while (n > 0 && (c.charAt(n - 1) == '"' || c.charAt(n - 1) == '”' || c.charAt(n - 1) == '\'')) {
      n--;
    }
    if (n == 0 || c.charAt(n - 1) != ',') {
      return false;
    }
    int sp = c.indexOf(' ');
    if (sp < 0 || !OCCASION_PREPOSITIONS.contains(c.substring(0, sp).toLowerCase(Locale.ROOT))) {
      return false;
    }
    int words = 0;
    boolean occasion = false;
    for (String w : c.substring(0, n - 1).split(" ")) {
      words++;
      occasion |= OCCASION_WORDS.contains(w.toLowerCase(Locale.ROOT));
    }
    return occasion && words <= 14;
  }

  /** Openers of a sentence-initial adjunct: prepositions and subordinators. */
  private static final java.util.Set<String> ADJUNCT_OPENERS = Words.set("in", "at", "on", "during", "with", "for",
      "from", "after", "before", "since", "under", "among", "by", "because", "until", "amid", "despite");
  /** Longest front adjunct (in words) taken for one. */
  private static final int MAX_FRONT_ADJUNCT_WORDS = 8;

  /**
   * Reported content that is a short sentence-initial adjunct closed by a comma ({@code On the Republican stage, X
   * continues …}, {@code Weighing in on the debate, X agreed …}): it sets the scene; the statement follows the speaker.
   */
  static boolean isShortFrontAdjunct(String text, int start, int end) {
    int i = end;
    while (i < text.length() && (text.charAt(i) == '"' || text.charAt(i) == '”' || text.charAt(i) == '\'')) {
      i++;
    }
    if (i >= text.length() || text.charAt(i) != ',' || start >= end || !Character.isUpperCase(text.charAt(start))) {
      return false;
    }
    String content = text.substring(start, end).strip();
    if (content.indexOf(',') >= 0) {
      return false;
    }
    int sp = content.indexOf(' ');
    String first = (sp < 0 ? content : content.substring(0, sp)).toLowerCase(Locale.ROOT);
    boolean opener = ADJUNCT_OPENERS.contains(first) || first.endsWith("ing") && first.length() > 5;
    return opener && wordCount(content) <= MAX_FRONT_ADJUNCT_WORDS;
  }

  private static int wordCount(String s) {
    int words = 0;
    boolean inWord = false;
    for (int k = 0; k < s.length(); k++) {
      boolean space = Character.isWhitespace(s.charAt(k));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }

  /** Before a quoted title: "on ''Meet the Press''", "in his book "…"", "titled "…"". */
  private static final java.util.Set<String> TITLE_LEAD = Words.set("on", "in", "of", "from", "titled", "entitled",
      "headlined", "book", "show", "program", "programme", "film", "movie", "song", "column", "op-ed", "essay",
      "article", "report", "podcast", "series", "album", "anthem",
      "hymn", "poem");

  /** Nouns naming a work or a campaign, whose quoted name may follow after a comma or a dash. */
  private static final java.util.Set<String> TITLE_NOUNS = Words.set("book", "show", "program", "programme", "film",
      "movie", "song", "column", "op-ed", "essay", "article", "report", "podcast", "series", "album", "memoir", "novel",
      "documentary", "musical", "episode", "segment", "slogan", "referendum", "hashtag", "headline", "newsletter");

  /**
   * A quoted name of a work rather than a quotation, even with a cue nearby: every long word capitalised and either
   * led by a preposition or title noun ({@code said on “Fox News Sunday.”}) or followed by a byline
   * ({@code "Hamilton to play Chicago," by Variety's Gordon Cox}).
   */
  static boolean isWorkTitle(Article a, QuoteScanner.Span span) {
    int qs = a.tokenAtOrAfter(span.start());
    int qe = a.tokenAtOrAfter(span.end());
    boolean byline = qe + 1 < a.size() && (a.tok(qe).is("by") || a.tok(qe).is(",") && a.tok(qe + 1).is("by"));
    if (byline) {
      return true;
    }
    boolean lead = qs > 0 && TITLE_LEAD.contains(a.tok(qs - 1).lower());
    // "in her memoir, “Tough Choices.”", "the SVP called a referendum — “No to Free Lawyers” —": a work noun in apposition
    boolean apposed = qs > 1 && (a.tok(qs - 1).is(",") || a.tok(qs - 1).is("—")) && !a.inQuote(qs - 2)
        && TITLE_NOUNS.contains(a.tok(qs - 2).lower());
    if (!lead && !apposed) {
      return false;
    }
    String q = a.text.substring(span.start(), span.end());
    return isTitleCase(q);
  }

  static boolean isTitleCase(String quote) {
    int longWords = 0;
    int capitalised = 0;
    int n = quote.length();
    int i = 0;
    while (i < n) {
      if (Character.isLetter(quote.charAt(i))) {
        int s = i;
        while (i < n && Character.isLetterOrDigit(quote.charAt(i))) {
          i++;
        }
        if (i - s > 3) {
          longWords++;
          if (Character.isUpperCase(quote.charAt(s))) {
            capitalised++;
          }
        }
      } else {
        i++;
      }
    }
    return longWords > 0 && capitalised == longWords;
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
        if (c == '?' || c == '!' || (c == '.' || c == ',') && !trailing(quote, i)) {
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

  /**
   * Whether the mark at {@code i} is only the closing punctuation of the quoted span (nothing but quote marks and spaces
   * after it): {@code ''Secret Lives of the Super Rich,''} is still a title.
   */
  private static boolean trailing(String quote, int i) {
    for (int k = i + 1; k < quote.length(); k++) {
      char c = quote.charAt(k);
      if (!Character.isWhitespace(c) && c != '"' && c != '\'' && c != '’' && c != '”' && c != '“') {
        return false;
      }
    }
    return true;
  }
}
