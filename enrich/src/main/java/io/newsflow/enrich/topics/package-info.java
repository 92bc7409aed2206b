/**
 * Topic extraction for news articles: ranked keyphrases ({@link io.newsflow.enrich.topics.KeyphraseExtractor}),
 * named entities ({@link io.newsflow.enrich.topics.EntityExtractor}) and the top-level IPTC Media
 * Topic ({@link io.newsflow.enrich.topics.CategoryClassifier}).
 *
 * <p>{@link io.newsflow.enrich.topics.TopicText} tokenises, lower-cases and stems an article once; the
 * enricher hands that one view to all three extractors (each also has a plain-text entry point).
 *
 * <p>Plain Java, no model download: every extractor is rule/lexicon based over word lists shipped
 * as classpath resources next to these classes, loaded once per instance; instances are immutable
 * and safe to share between stream threads. The IPTC labels in {@code iptc-mediatopics-en.tsv} are
 * IPTC Media Topic NewsCodes, CC BY 4.0, (c) IPTC (International Press Telecommunications Council).
 */
package io.newsflow.enrich.topics;
