package io.newsflow.ingest.clean;

import java.time.Instant;
import java.util.List;

/**
 * A cleaned article. Every field may be {@code null} except {@code paragraphs}, which is an immutable,
 * possibly empty list of body paragraphs (one per block element, headline/byline/captions/boilerplate
 * removed).
 *
 * @param title        headline (JSON-LD headline, og:title, first {@code <h1>}, or {@code <title>} without site name)
 * @param byline       author name(s), comma separated
 * @param published    first publication time, UTC
 * @param modified     last modification time, UTC
 * @param language     ISO 639-1 code, declared or guessed from stopwords
 * @param canonicalUrl absolute rel=canonical / og:url
 * @param paragraphs   body paragraphs in document order
 */
public record CleanedArticle(String title, String byline, Instant published, Instant modified, String language,
                             String canonicalUrl, List<String> paragraphs) {
    public CleanedArticle {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
    }

    /** The body as plain text, paragraphs separated by a newline. */
    public String text() {
        return String.join("\n", paragraphs);
    }
}
