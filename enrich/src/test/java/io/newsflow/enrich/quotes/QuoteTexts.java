package io.newsflow.enrich.quotes;

import java.util.List;

/** Shared by the hand-written quote tests: extract from paragraphs, find a quote by a fragment of its text. */
final class QuoteTexts {
  private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

  private QuoteTexts() {}

  /** Quotes of an article whose paragraphs are given in order (the first is usually a headline). */
  static List<ExtractedQuote> extract(String... paragraphs) {
    return EXTRACTOR.extract(String.join("\n", paragraphs));
  }

  static ExtractedQuote containing(List<ExtractedQuote> quotes, String fragment) {
    return quotes.stream().filter(q -> q.text().contains(fragment)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote containing '" + fragment + "' in " + quotes));
  }
}
