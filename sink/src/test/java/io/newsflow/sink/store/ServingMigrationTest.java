package io.newsflow.sink.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store written by the V1 schema keeps working after the serving migration (V2) back-fills speaker keys. */
class ServingMigrationTest {

    @TempDir
    Path dir;

    @Test
    void speakersWrittenBeforeTheServingMigrationAreFoundByName() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("old.db");
        Flyway.configure().dataSource(url, null, null).locations(Dialect.SQLITE.migrations).target("1").load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
            st.execute("INSERT INTO articles (id, url, canonical_url, title, body, source, fetched_at, content_hash,"
                    + " cleaner_version, extractor_version, enriched_at, quote_count) VALUES ('a1', 'u', 'u', 't',"
                    + " 'b', 's', 0, 'h', 'c', '1', 0, 1)");
            st.execute("INSERT INTO quotes (id, article_id, text, kind, start_offset, end_offset, speaker,"
                    + " speaker_id, extractor_version, quote_time) VALUES ('q1', 'a1', 'Hello there', 'DIRECT', 0,"
                    + " 11, 'Sergey Lavrov', 'spk-1', '1', 0)");
            st.execute("INSERT INTO speakers (id, canonical_name, aliases, quote_count)"
                    + " VALUES ('spk-1', 'Sergey Lavrov', '[\"Sergey Lavrov\"]', 1)");
        }

        try (JdbcArticleStore store = JdbcArticleStore.open(StoreSettings.of(url))) {
            assertThat(store.isMigrated()).isTrue();
            assertThat(store.findQuotes(QuoteQuery.all(10).withSpeaker("sergey lavrov")).quotes())
                    .extracting(h -> h.quote().id()).containsExactly("q1");
            assertThat(store.speakers("lav", 10)).extracting(StoredSpeaker::id).isEqualTo(List.of("spk-1"));
        }
    }
}
