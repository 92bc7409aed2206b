package io.newsflow.ingest.clean;

import java.time.Instant;
import java.util.Set;

/**
 * Metadata read from a page before body extraction.
 *
 * @param titleVariants normalised texts that count as "the headline" for body filtering
 * @param descriptions  normalised standfirst/description texts
 * @param articleBody   JSON-LD {@code articleBody}, or {@code null}
 */
record PageMetadata(String title, String byline, Instant published, Instant modified, String declaredLanguage,
                    String canonicalUrl, Set<String> titleVariants, Set<String> descriptions, String articleBody) {}
