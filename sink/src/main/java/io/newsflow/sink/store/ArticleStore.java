package io.newsflow.sink.store;

import io.newsflow.schemas.avro.EnrichedArticle;
import java.util.List;
import java.util.Optional;

/**
 * Durable store of enriched articles and everything extracted from them (quotes, speakers, keyphrases,
 * entities, category).
 *
 * <p>Contract of {@link #write}: the whole batch is written in ONE transaction. For each article id the
 * record's {@code extractorVersion} is compared with the stored one ({@link ExtractorVersions#compare}); an
 * older record is skipped, an equal or newer one replaces the article row and ALL its child rows, so a quote
 * dropped by a newer extractor disappears. Every stored value comes from the records (no write-time clocks)
 * and speaker rows are recomputed from the quotes, so replaying any prefix of the input leaves the same
 * logical content.
 *
 * <p>Failure behaviour: invalid records ({@link #problemWith}) make {@code write} throw
 * {@link IllegalArgumentException} before anything is written; database failures throw
 * {@link StoreException} (with {@link StoreException#isTransient()}) after the transaction was rolled back.
 */
public interface ArticleStore extends AutoCloseable {

    /** Writes the batch in one transaction; returns counts (see {@link WriteResult}). An empty batch is a no-op. */
    WriteResult write(List<EnrichedArticle> batch);

    long countArticles();

    long countQuotes();

    /** The article's quotes ordered by start offset; empty when the article is unknown. */
    List<StoredQuote> quotesOfArticle(String articleId);

    Optional<StoredArticle> article(String articleId);

    /** The speaker row (canonical name, aliases, quote count), or empty when no stored quote has this speaker id. */
    Optional<StoredSpeaker> speaker(String speakerId);

    /**
     * Full-text search over quote text: every word must match (English stemming on both dialects), best
     * matches first. Query syntax characters are ignored, so any input is safe; a query without words returns
     * an empty list. {@code limit} is clamped to 1..1000.
     */
    List<StoredQuote> searchQuotes(String words, int limit);

    /** True when the database answers a trivial query within about 2 s; never throws. For /readyz. */
    boolean isReachable();

    @Override
    void close();

    /**
     * Why {@link #write} would reject this record, or empty when it is acceptable. Lets a caller dead-letter a
     * bad record instead of failing its batch. Records built with the Avro builders are always acceptable
     * unless an id is longer than 256 characters.
     */
    static Optional<String> problemWith(EnrichedArticle record) {
        return RecordCheck.problemWith(record);
    }
}
