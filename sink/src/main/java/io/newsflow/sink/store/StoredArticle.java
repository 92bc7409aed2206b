package io.newsflow.sink.store;

import java.time.Instant;

/**
 * One stored article row. {@code body} is the paragraphs joined by {@code '\n'} (quote offsets index
 * {@code title + '\n' + body} when there is a title, as the schema defines). Nullable: title, byline,
 * publishedAt, modifiedAt, language.
 */
public record StoredArticle(
        String id,
        String url,
        String canonicalUrl,
        String title,
        String byline,
        Instant publishedAt,
        Instant modifiedAt,
        String language,
        String body,
        String source,
        Instant fetchedAt,
        String contentHash,
        String cleanerVersion,
        String extractorVersion,
        Instant enrichedAt,
        int quoteCount) {}
