package io.newsflow.enrich.topics;

import java.util.List;

/**
 * One article prepared once for the three topic extractors: the text in the enricher's layout
 * (title, then each paragraph, joined by newlines), its tokens, and per word token the normalised
 * lower-case form and its Porter stem. Tokenising, lower-casing and stemming were each done three
 * times per article before; they are the bulk of the topic extractors' work.
 *
 * <p>Only the first {@value #MAX_CHARS} characters are kept (the entity extractor's bound; the
 * keyphrase and category extractors read a shorter prefix, see {@link #tokensWithin}). Immutable
 * after construction, so one instance can be handed to several extractors and threads.
 */
public final class TopicText {
  /** The longest prefix any topic extractor reads. */
  public static final int MAX_CHARS = 50_000;

  final String text;
  /** Tokens starting before this offset belong to the title. */
  final int titleEnd;
  final List<Token> tokens;
  /** {@link #normalise} of each word or number token; {@code null} for punctuation. */
  final String[] norm;
  /** Porter stem of {@link #norm}; {@code null} for punctuation. */
  final String[] stems;

  private TopicText(String text, int titleEnd) {
    this.text = text;
    this.titleEnd = titleEnd;
    this.tokens = Tokenizer.tokenize(text);
    int n = tokens.size();
    this.norm = new String[n];
    this.stems = new String[n];
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      if (t.isPunct()) continue;
      norm[i] = normalise(t);
      stems[i] = Stems.of(norm[i]);
    }
  }

  /**
   * Prepares text already in the enricher's layout whose first {@code titleLength} characters are
   * the title; offsets reported by the extractors index into {@code text}.
   *
   * @throws IllegalArgumentException if {@code titleLength} is negative
   */
  public static TopicText of(String text, int titleLength) {
    if (titleLength < 0) throw new IllegalArgumentException("titleLength must not be negative: " + titleLength);
    String safe = text == null ? "" : text;
    String bounded = safe.length() > MAX_CHARS ? safe.substring(0, MAX_CHARS) : safe;
    return new TopicText(bounded, Math.min(titleLength, bounded.length()));
  }

  /**
   * Joins a title and paragraphs as the enricher does ({@code null} title or paragraphs count as
   * empty, {@code null} paragraphs are skipped), stopping once {@value #MAX_CHARS} characters are
   * reached.
   */
  public static TopicText of(String title, List<String> paragraphs) {
    String safeTitle = title == null ? "" : title;
    StringBuilder sb = new StringBuilder(safeTitle);
    if (paragraphs != null) {
      for (String p : paragraphs) {
        if (sb.length() >= MAX_CHARS) break;
        if (p != null) sb.append('\n').append(p);
      }
    }
    return of(sb.toString(), safeTitle.length());
  }

  /** The text the tokens and offsets refer to. */
  public String text() {
    return text;
  }

  /** Number of leading tokens that end within the first {@code chars} characters. */
  int tokensWithin(int chars) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() <= chars) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Lower case, without abbreviation dots or a possessive 's. */
  static String normalise(Token t) {
    String s = t.lower();
    if (s.endsWith("'s") || s.endsWith("\u2019s")) s = s.substring(0, s.length() - 2);
    if (s.endsWith(".")) s = s.substring(0, s.length() - 1);
    return s.isEmpty() ? t.lower() : s;
  }
}
