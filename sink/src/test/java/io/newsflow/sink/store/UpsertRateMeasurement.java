package io.newsflow.sink.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsflow.schemas.avro.EnrichedArticle;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Non-gating throughput measurement; runs only with {@code -Dnewsflow.measure=true}:
 * {@code mvn -B -q test -Dtest=UpsertRateMeasurement -Dnewsflow.measure=true}. Prints articles/s for a first
 * write (inserts) and a replay (upserts that replace every child row), ~5 quotes per article.
 */
class UpsertRateMeasurement {

    private static final int ARTICLES = Integer.getInteger("newsflow.measure.articles", 4000);
    private static final int BATCH = Integer.getInteger("newsflow.measure.batch", 250);

    @TempDir
    Path dir;

    @Test
    void sqlite() {
        assumeTrue(Boolean.getBoolean("newsflow.measure"), "set -Dnewsflow.measure=true to measure");
        measure("sqlite", "jdbc:sqlite:" + dir.resolve("rate.db"));
    }

    @Test
    void postgres() throws Exception {
        assumeTrue(Boolean.getBoolean("newsflow.measure"), "set -Dnewsflow.measure=true to measure");
        String base = PostgresArticleStoreTest.DEFAULT_URL;
        String schema = "nf_rate_" + System.nanoTime();
        try (Connection c = DriverManager.getConnection(base); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        } catch (Exception e) {
            assumeTrue(false, "PostgreSQL unreachable: " + e.getMessage());
        }
        try {
            measure("postgresql", base + "&currentSchema=" + schema + "&reWriteBatchedInserts=true");
        } finally {
            try (Connection c = DriverManager.getConnection(base); Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static void measure(String name, String url) {
        List<EnrichedArticle> all = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            all.add(Fixtures.withQuotes(String.format("art-%06d", i), "1.0", 5));
        }
        try (JdbcArticleStore store = JdbcArticleStore.open(StoreSettings.of(url))) {
            store.write(all.subList(0, BATCH)); // warm-up: JIT and statement preparation
            long insert = timeWrites(store, all);
            long replay = timeWrites(store, all);
            System.out.printf("[measure] %s: %d articles x 5 quotes, batch %d: first write %.0f articles/s,"
                    + " replay (replace) %.0f articles/s; stored %d quotes%n", name, ARTICLES, BATCH,
                    ARTICLES * 1e9 / insert, ARTICLES * 1e9 / replay, store.countQuotes());
        }
    }

    private static long timeWrites(JdbcArticleStore store, List<EnrichedArticle> all) {
        long start = System.nanoTime();
        for (int from = 0; from < all.size(); from += BATCH) {
            store.write(all.subList(from, Math.min(all.size(), from + BATCH)));
        }
        return System.nanoTime() - start;
    }
}
