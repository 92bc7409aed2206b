package io.newsflow.sink.store;

import java.time.Instant;

/**
 * Filters of {@link ArticleStore#findQuotes}; every filter is optional (null) and they combine with AND.
 *
 * <ul>
 *   <li>{@code speaker}: a speaker id, or a canonical speaker name compared case-insensitively;
 *   <li>{@code entity}: the quote's article mentions an entity with this name (case-insensitive, any type);
 *   <li>{@code topic}: the quote's article has this keyphrase, or this category label (case-insensitive);
 *   <li>{@code words}: full-text search over the quote text, every word must match (stemmed);
 *   <li>{@code from} inclusive, {@code to} exclusive: bounds on the quote time;
 *   <li>{@code after}: continue after this cursor (see {@link QuoteCursor});
 *   <li>{@code limit}: page size, clamped to 1..{@value #MAX_LIMIT}.
 * </ul>
 */
public record QuoteQuery(
        String speaker, String entity, String topic, String words, Instant from, Instant to, QuoteCursor after,
        int limit) {

    public static final int MAX_LIMIT = 1000;

    public QuoteQuery {
        limit = Math.max(1, Math.min(limit, MAX_LIMIT));
    }

    /** All quotes, newest first, {@code limit} per page. */
    public static QuoteQuery all(int limit) {
        return new QuoteQuery(null, null, null, null, null, null, null, limit);
    }

    public QuoteQuery withSpeaker(String value) {
        return new QuoteQuery(value, entity, topic, words, from, to, after, limit);
    }

    public QuoteQuery withAfter(QuoteCursor value) {
        return new QuoteQuery(speaker, entity, topic, words, from, to, value, limit);
    }
}
