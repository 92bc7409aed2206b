package io.newsflow.sink.store;

import static io.newsflow.sink.store.Fixtures.enriched;
import static io.newsflow.sink.store.Fixtures.quote;
import static io.newsflow.sink.store.Fixtures.withQuotes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Quote;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Behaviour every {@link ArticleStore} dialect must show, run against a real database by each subclass. */
abstract class ArticleStoreContract {

    protected JdbcArticleStore store;

    /** A URL of an empty store, unique to the current test. */
    protected abstract String freshStoreUrl() throws Exception;

    private String url;

    @BeforeEach
    void openStore() throws Exception {
        url = freshStoreUrl();
        store = JdbcArticleStore.open(StoreSettings.of(url));
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    protected Map<String, List<String>> snapshot() throws Exception {
        return TableDump.dump(url);
    }

    protected String url() {
        return url;
    }

    @Test
    void writesArticleWithQuotesAndReadsThemBack() {
        WriteResult result = store.write(List.of(withQuotes("a1", "1.0", 5)));

        assertThat(result).isEqualTo(new WriteResult(1, 0, 5));
        assertThat(store.countArticles()).isEqualTo(1);
        assertThat(store.countQuotes()).isEqualTo(5);
        StoredArticle article = store.article("a1").orElseThrow();
        assertThat(article.title()).isEqualTo("Title of a1");
        assertThat(article.body()).isEqualTo("First paragraph of a1.\nSecond paragraph.");
        assertThat(article.publishedAt()).isEqualTo(Fixtures.PUBLISHED);
        assertThat(article.fetchedAt()).isEqualTo(Fixtures.PUBLISHED.plusSeconds(3600));
        assertThat(article.extractorVersion()).isEqualTo("1.0");
        assertThat(article.quoteCount()).isEqualTo(5);
        List<StoredQuote> quotes = store.quotesOfArticle("a1");
        assertThat(quotes).hasSize(5).allSatisfy(q -> {
            assertThat(q.articleId()).isEqualTo("a1");
            assertThat(q.kind()).isEqualTo("DIRECT");
            assertThat(q.quoteTime()).isEqualTo(Fixtures.PUBLISHED);
        });
        assertThat(quotes).extracting(StoredQuote::start).isSorted();
        assertThat(store.article("missing")).isEmpty();
        assertThat(store.quotesOfArticle("missing")).isEmpty();
    }

    @Test
    void writingTheSameBatchTwiceLeavesTheSameContent() throws Exception {
        List<EnrichedArticle> batch = List.of(withQuotes("a1", "1.0", 5), withQuotes("a2", "1.0", 3));
        store.write(batch);
        Map<String, List<String>> once = snapshot();

        WriteResult again = store.write(batch);

        assertThat(again).isEqualTo(new WriteResult(2, 0, 8));
        assertThat(snapshot()).isEqualTo(once);
        assertThat(once.get("quotes")).hasSize(8);
    }

    @Test
    void replayingAPrefixOfTheInputLeavesTheSameContent() throws Exception {
        List<EnrichedArticle> first = List.of(withQuotes("a1", "1.0", 4), withQuotes("a2", "1.0", 2));
        List<EnrichedArticle> second = List.of(withQuotes("a1", "1.1", 2), withQuotes("a3", "1.0", 5));
        List<EnrichedArticle> third = List.of(withQuotes("a2", "1.2", 6));
        store.write(first);
        store.write(second);
        store.write(third);
        Map<String, List<String>> full = snapshot();

        store.write(first);
        store.write(second);

        assertThat(snapshot()).isEqualTo(full);
        assertThat(store.article("a1").orElseThrow().extractorVersion()).isEqualTo("1.1");
        assertThat(store.countQuotes()).isEqualTo(2 + 6 + 5);
    }

    @Test
    void olderExtractorVersionIsSkipped() throws Exception {
        store.write(List.of(withQuotes("a1", "1.10", 3)));
        Map<String, List<String>> before = snapshot();

        WriteResult result = store.write(List.of(withQuotes("a1", "1.9", 5)));

        assertThat(result).isEqualTo(new WriteResult(0, 1, 0));
        assertThat(snapshot()).isEqualTo(before);
        assertThat(store.quotesOfArticle("a1")).hasSize(3).allMatch(q -> q.extractorVersion().equals("1.10"));
    }

    @Test
    void newerVersionReplacesQuotesAndRemovesDroppedOnes() {
        Quote kept = quote("a1", "\"We will respond,\" he said.", "Sergey Lavrov", "lavrov", "quotes-1");
        Quote dropped = quote("a1", "\"Sanctions never work,\" he said.", "Antony Blinken", "blinken", "quotes-1");
        store.write(List.of(enriched("a1", "quotes-1", List.of(kept, dropped), List.of("sanctions", "talks"))));
        assertThat(store.speaker("blinken")).isPresent();

        Quote added = quote("a1", "\"Talks resume Monday,\" she said.", "Maria Zakharova", "zakharova", "quotes-2");
        WriteResult result = store.write(List.of(enriched("a1", "quotes-2", List.of(kept, added), List.of("talks"))));

        assertThat(result).isEqualTo(new WriteResult(1, 0, 2));
        assertThat(store.quotesOfArticle("a1")).extracting(StoredQuote::id)
                .containsExactlyInAnyOrder(kept.getId(), added.getId());
        assertThat(store.speaker("blinken")).as("speaker without quotes is removed").isEmpty();
        assertThat(store.speaker("zakharova").orElseThrow().quoteCount()).isEqualTo(1);
        assertThat(store.searchQuotes("never", 10)).as("old quote text left the full-text index").isEmpty();
        assertThat(store.searchQuotes("resume", 10)).extracting(StoredQuote::id).containsExactly(added.getId());
    }

    @Test
    void equalVersionReplacesTheStoredArticle() {
        store.write(List.of(withQuotes("a1", "2.0", 4)));

        WriteResult result = store.write(List.of(withQuotes("a1", "2.0", 1)));

        assertThat(result).isEqualTo(new WriteResult(1, 0, 1));
        assertThat(store.countQuotes()).isEqualTo(1);
    }

    @Test
    void recordsOfOneIdWithinABatchApplyInOrder() {
        WriteResult result = store.write(List.of(withQuotes("a1", "2", 2), withQuotes("a1", "1", 7),
                withQuotes("a1", "2", 3)));

        assertThat(result).isEqualTo(new WriteResult(2, 1, 5));
        assertThat(store.countQuotes()).isEqualTo(3);
        assertThat(store.article("a1").orElseThrow().quoteCount()).isEqualTo(3);
    }

    @Test
    void speakerCountsAreRecomputedAcrossArticles() {
        store.write(List.of(
                enriched("a1", "1", List.of(quote("a1", "one", "Sergey Lavrov", "lavrov", "1"),
                        quote("a1", "two", "Lavrov", "lavrov", "1")), List.of()),
                enriched("a2", "1", List.of(quote("a2", "three", "Sergey Lavrov", "lavrov", "1")), List.of())));
        store.write(List.of(enriched("a2", "1", List.of(quote("a2", "three", "Sergey Lavrov", "lavrov", "1")),
                List.of())));

        StoredSpeaker lavrov = store.speaker("lavrov").orElseThrow();
        assertThat(lavrov.quoteCount()).isEqualTo(3);
        assertThat(lavrov.canonicalName()).isEqualTo("Sergey Lavrov");
        assertThat(lavrov.aliases()).containsExactly("Lavrov", "Sergey Lavrov");
    }

    @Test
    void fullTextSearchFindsAQuoteByAWordInAnyForm() {
        store.write(List.of(enriched("a1", "1", List.of(
                quote("a1", "\"The sanctions are hurting farmers,\" the minister said.", "Sergey Lavrov", "lavrov", "1"),
                quote("a1", "\"We expect a ceasefire soon,\" he added.", "Sergey Lavrov", "lavrov", "1")),
                List.of())));

        assertThat(store.searchQuotes("farmer", 10)).singleElement()
                .satisfies(q -> assertThat(q.text()).contains("farmers"));
        assertThat(store.searchQuotes("CEASEFIRE expect", 10)).hasSize(1);
        assertThat(store.searchQuotes("ceasefire farmers", 10)).as("all words must match").isEmpty();
        assertThat(store.searchQuotes("\"AND (* OR :", 10)).as("syntax characters are harmless").isEmpty();
        assertThat(store.searchQuotes("  ", 10)).isEmpty();
    }

    @Test
    void invalidRecordFailsTheBatchBeforeAnythingIsWritten() {
        EnrichedArticle bad = withQuotes("a2", "1", 1);
        bad.getArticle().setId(" ");

        assertThatThrownBy(() -> store.write(List.of(withQuotes("a1", "1", 1), bad)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("record 1");
        assertThat(store.countArticles()).isZero();
        assertThat(ArticleStore.problemWith(bad)).isPresent();
        assertThat(ArticleStore.problemWith(withQuotes("a1", "1", 1))).isEmpty();
    }

    @Test
    void oddTextIsStoredWithoutFailing() {
        Quote withNul = quote("a1", "bad\u0000byte and emoji \uD83D\uDE00", null, null, "1");
        store.write(List.of(enriched("a1", "1", List.of(withNul), List.of("x\u0000y", "x\u0000y"))));

        assertThat(store.quotesOfArticle("a1")).singleElement()
                .satisfies(q -> assertThat(q.text()).isEqualTo("badbyte and emoji \uD83D\uDE00"));
    }

    @Test
    void emptyBatchWritesNothing() {
        assertThat(store.write(List.of())).isEqualTo(new WriteResult(0, 0, 0));
    }

    @Test
    void reopeningAnExistingStoreKeepsItsContent() {
        store.write(List.of(withQuotes("a1", "1", 2)));
        store.close();

        store = JdbcArticleStore.open(StoreSettings.of(url));

        assertThat(store.countQuotes()).isEqualTo(2);
        assertThat(store.isReachable()).isTrue();
    }

    @Test
    void exportsEveryQuoteAsOneJsonLine() throws Exception {
        store.write(List.of(withQuotes("a1", "1", 3), withQuotes("a2", "1", 2)));
        java.io.StringWriter out = new java.io.StringWriter();

        long lines = new JsonlExporter(store).exportQuotes(out);

        assertThat(lines).isEqualTo(5);
        assertThat(out.toString().lines()).hasSize(5)
                .allMatch(line -> line.contains("\"quoteTime\":\"2024-03-01T10:15:30.123Z\""));
        assertThat(store.countQuotes()).as("store still usable after streaming").isEqualTo(5);
    }

    @Test
    void aLongReadDoesNotHoldUpWrites() throws Exception {
        store.write(List.of(withQuotes("a1", "1", 3)));
        java.util.concurrent.CountDownLatch reading = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        var export = java.util.concurrent.CompletableFuture.runAsync(() -> store.forEachRow(
                "SELECT id FROM quotes", rs -> {
                    reading.countDown();
                    try {
                        release.await(); // an export stalled mid-stream, e.g. by a slow HTTP client
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        try {
            assertThat(reading.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            var write = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> store.write(List.of(withQuotes("a2", "1", 2))));

            assertThat(write.get(10, java.util.concurrent.TimeUnit.SECONDS).articlesWritten()).isEqualTo(1);
        } finally {
            release.countDown();
            export.get(10, java.util.concurrent.TimeUnit.SECONDS);
        }
        assertThat(store.countArticles()).isEqualTo(2);
    }

    @Test
    void concurrentWritersKeepSpeakerCountsExactAndTheNewestVersion() throws Exception {
        int batches = 20;
        try (JdbcArticleStore other = JdbcArticleStore.open(StoreSettings.of(url))) {
            var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                var first = pool.submit(() -> writeConcurrently(store, "x", batches));
                var second = pool.submit(() -> writeConcurrently(other, "y", batches));
                first.get();
                second.get();
            } finally {
                pool.shutdownNow();
            }
        }

        // each writer wrote 3 own articles per batch (2 quotes each) plus, in some batches, the shared one
        assertThat(store.countArticles()).isEqualTo(2L * batches * 3 + 1);
        assertThat(store.countQuotes()).isEqualTo(2 * (2 * batches * 3 + 1));
        assertThat(store.speaker("hot").orElseThrow().quoteCount()).isEqualTo(2 * batches * 3 + 2);
        for (int b = 0; b < batches; b++) {
            for (int i = 0; i < 3; i++) {
                assertThat(store.speaker("s" + b + "-" + i).orElseThrow().quoteCount()).as("speaker s%d-%d", b, i)
                        .isEqualTo(2);
            }
        }
        assertThat(store.article("shared").orElseThrow().extractorVersion()).isEqualTo("v" + (batches - 1));
    }

    private static Void writeConcurrently(JdbcArticleStore target, String prefix, int batches) {
        for (int b = 0; b < batches; b++) {
            List<EnrichedArticle> batch = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String id = prefix + b + "-" + i;
                // speaker "s<b>" is touched by exactly two transactions, one per writer, usually overlapping
                batch.add(enriched(id, "1", List.of(quote(id, "first " + id, "Hot Speaker", "hot", "1"),
                        quote(id, "second " + id, "Per Batch", "s" + b + "-" + i, "1")), List.of()));
            }
            if (b % 5 != 0 && b != batches - 1) {
                // most batches share no article, so only the speaker row makes the writers meet
                target.write(batch);
                continue;
            }
            batch.add(enriched("shared", "v" + b, List.of(quote("shared", "shared " + prefix + b, "Hot", "hot", "1"),
                    quote("shared", "shared two " + prefix + b, "Hot", "hot", "1")), List.of()));
            for (int attempt = 0; ; attempt++) {
                try {
                    target.write(batch);
                    break;
                } catch (StoreException e) {
                    // a deadlock or busy timeout is transient by contract: the caller retries the batch
                    if (!e.isTransient() || attempt == 5) {
                        throw e;
                    }
                }
            }
        }
        return null;
    }

    @Test
    void closedStoreIsNotReachable() {
        store.close();

        assertThat(store.isReachable()).isFalse();
    }
}
