package io.newsflow.sink.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on a real SQLite file, plus SQLite specifics (WAL, directories, FTS5 consistency). */
class SqliteArticleStoreTest extends ArticleStoreContract {

    @TempDir
    Path dir;

    @Override
    protected String freshStoreUrl() {
        return "jdbc:sqlite:" + dir.resolve("nested/data/newsflow.db");
    }

    @Test
    void createsParentDirectoriesAndUsesWal() throws Exception {
        assertThat(Files.isRegularFile(dir.resolve("nested/data/newsflow.db"))).isTrue();
        try (Connection c = DriverManager.getConnection(url()); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
        }
    }

    @Test
    void fullTextIndexStaysConsistentThroughReplacements() throws Exception {
        store.write(List.of(Fixtures.withQuotes("a1", "1", 5), Fixtures.withQuotes("a2", "1", 3)));
        store.write(List.of(Fixtures.withQuotes("a1", "2", 2)));
        store.write(List.of(Fixtures.withQuotes("a1", "2", 2)));

        try (Connection c = DriverManager.getConnection(url()); Statement st = c.createStatement()) {
            // throws SQLITE_CORRUPT_VTAB if the external-content index disagrees with the quotes table
            st.execute("INSERT INTO quotes_fts(quotes_fts, rank) VALUES('integrity-check', 1)");
        }
        assertThat(store.searchQuotes("sanctions", 100)).hasSize(5);
    }
}
