package io.newsflow.ingest.discover;

import java.time.Instant;
import java.util.Objects;

/**
 * One discovered article.
 *
 * @param link      absolute http(s) URL, resolved against the feed URL (not canonicalised; see
 *                  {@link io.newsflow.ingest.fetch.UrlCanonicalizer})
 * @param title     plain-text title (markup and entities removed, whitespace collapsed, at most 1000
 *                  characters), or null when the source has none
 * @param published publication time (falling back to the update time), or null when unknown
 */
public record FeedItem(String link, String title, Instant published) {
    public FeedItem {
        Objects.requireNonNull(link, "link");
    }
}
