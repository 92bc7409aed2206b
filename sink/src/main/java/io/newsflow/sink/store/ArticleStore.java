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

    /**
     * True when the database answers and records every migration this build ships as applied (so the serving
     * queries can run); never throws. For /readyz of the web API.
     */
    boolean isMigrated();

    // ---- serving queries (the web API). Unknown ids give empty results; limits are clamped to 1..1000.

    /** A page of quotes matching {@code query}, newest first (see {@link QuoteQuery}, {@link QuoteCursor}). */
    QuotePage findQuotes(QuoteQuery query);

    /**
     * Speakers by quote count (descending, then id). With a non-blank {@code namePrefix}, only speakers whose
     * canonical name, or one of its words, starts with it (case-insensitive).
     */
    List<StoredSpeaker> speakers(String namePrefix, int limit);

    /** The speaker's quotes counted per month of quote time, oldest month first. */
    List<MonthCount> quotesPerMonth(String speakerId);

    /** Keyphrases of the articles quoting the speaker, by number of such articles (descending). */
    List<TopicCount> topKeyphrasesOfSpeaker(String speakerId, int limit);

    /** Keyphrases by number of articles (descending, then phrase). */
    List<TopicCount> topKeyphrases(int limit);

    /** Entities by number of articles (descending, then name and type); {@code type} is the entity type. */
    List<TopicCount> topEntities(int limit);

    /** Categories by number of articles (descending); {@code name} is the label, {@code type} the code. */
    List<TopicCount> topCategories(int limit);

    /** The article's keyphrases, highest score first. */
    List<StoredKeyphrase> keyphrasesOf(String articleId);

    /** The article's entities, most mentioned first. */
    List<StoredEntity> entitiesOf(String articleId);

    Optional<StoredCategory> categoryOf(String articleId);

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
