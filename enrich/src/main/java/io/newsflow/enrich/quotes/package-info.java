/**
 * Quote extraction and attribution for news text: {@link io.newsflow.enrich.quotes.QuoteExtractor} returns
 * {@link io.newsflow.enrich.quotes.ExtractedQuote}s (direct, mixed and reported speech, with speaker mention, normalised
 * speaker and role); {@link io.newsflow.enrich.quotes.SpeakerIds} gives stable speaker ids. Plain Java, no I/O, no
 * Kafka types. Steps, one class each: {@code Tokenizer}, {@code QuoteScanner}, {@code CueLexicon}/{@code CueFinder},
 * {@code DirectFrames}, {@code IndirectFrames}, {@code SpeakerChunker}, {@code SpeakerResolver}, {@code QuoteFilters}.
 */
package io.newsflow.enrich.quotes;
