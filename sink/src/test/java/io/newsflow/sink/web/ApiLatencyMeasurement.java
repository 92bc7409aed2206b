package io.newsflow.sink.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.sink.store.JdbcArticleStore;
import io.newsflow.sink.store.StoreSettings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Non-gating API latency measurement; runs only with {@code -Dnewsflow.measure=true}:
 * {@code mvn -B -q test -Dtest=ApiLatencyMeasurement -Dnewsflow.measure=true}. Fills a store with
 * {@code newsflow.measure.articles} (default 5000) articles of 4 quotes, then prints median and p95 milliseconds of
 * sequential requests per endpoint (loopback HTTP, JSON included).
 */
class ApiLatencyMeasurement {

    private static final int ARTICLES = Integer.getInteger("newsflow.measure.articles", 5000);
    private static final int REQUESTS = 100;

    @TempDir
    Path dir;

    @Test
    void sqlite() throws Exception {
        assumeTrue(Boolean.getBoolean("newsflow.measure"), "set -Dnewsflow.measure=true to measure");
        measure("sqlite", "jdbc:sqlite:" + dir.resolve("latency.db"));
    }

    @Test
    void postgres() throws Exception {
        assumeTrue(Boolean.getBoolean("newsflow.measure"), "set -Dnewsflow.measure=true to measure");
        String base = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
        String schema = "nf_latency_" + System.nanoTime();
        try (Connection c = DriverManager.getConnection(base); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        try {
            measure("postgresql", base + "&currentSchema=" + schema + "&reWriteBatchedInserts=true");
        } finally {
            try (Connection c = DriverManager.getConnection(base); Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private void measure(String name, String url) throws Exception {
        try (JdbcArticleStore store = JdbcArticleStore.open(StoreSettings.of(url))) {
            List<EnrichedArticle> batch = new ArrayList<>();
            store.write(WebFixtures.all());
            for (int i = WebFixtures.BULK_ARTICLES; i < ARTICLES; i++) {
                batch.add(WebFixtures.bulk(i));
                if (batch.size() == 500) {
                    store.write(batch);
                    batch.clear();
                }
            }
            store.write(batch);
            try (TestServer server = new TestServer(store)) {
                String deepCursor = server.get("/api/quotes?limit=200").json().get("next").asText();
                for (String path : List.of("/api/quotes", "/api/quotes?limit=200&cursor=" + deepCursor,
                        "/api/quotes?speaker=Sergey+Lavrov", "/api/quotes?speaker=spk-councillor-0",
                        "/api/quotes?q=budget+meeting", "/api/quotes?topic=budget&from=2024-01-01",
                        "/api/speakers?q=coun", "/api/speakers/spk-councillor-1", "/api/articles/geneva-talks",
                        "/api/topics")) {
                    long[] nanos = new long[REQUESTS];
                    for (int i = 0; i < REQUESTS; i++) {
                        long t0 = System.nanoTime();
                        TestServer.Reply r = server.get(path);
                        nanos[i] = System.nanoTime() - t0;
                        if (r.status() != 200) {
                            throw new AssertionError(path + " -> " + r.status() + " " + r.body());
                        }
                    }
                    Arrays.sort(nanos);
                    System.out.printf("%s %d quotes %-45s median %.2f ms p95 %.2f ms%n", name, store.countQuotes(),
                            path.length() > 45 ? path.substring(0, 45) : path, nanos[REQUESTS / 2] / 1e6,
                            nanos[REQUESTS * 95 / 100] / 1e6);
                }
            }
        }
    }
}
