package io.newsflow.sink.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The store contract on the machine's PostgreSQL ({@code newsflow.test.postgres.url}, default
 * {@value #DEFAULT_URL}, user postgres, trust auth). Every test gets its own schema, dropped afterwards, so
 * parallel runs do not collide. Skipped when PostgreSQL cannot be reached.
 */
class PostgresArticleStoreTest extends ArticleStoreContract {

    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    private static final String BASE_URL = System.getProperty("newsflow.test.postgres.url", DEFAULT_URL);
    private static final List<String> SCHEMAS = new ArrayList<>();
    private static boolean reachable;

    @BeforeAll
    static void checkPostgres() {
        try (Connection c = DriverManager.getConnection(BASE_URL + "&connectTimeout=3")) {
            reachable = c.isValid(3);
        } catch (SQLException e) {
            reachable = false;
            System.err.println("PostgreSQL at " + BASE_URL + " is unreachable (" + e.getMessage()
                    + "); skipping PostgreSQL store tests");
        }
        assumeThat(reachable).as("PostgreSQL at " + BASE_URL + " is unreachable; skipping PostgreSQL store tests")
                .isTrue();
    }

    @AfterAll
    static void dropSchemas() throws SQLException {
        if (!reachable) {
            return;
        }
        try (Connection c = DriverManager.getConnection(BASE_URL); Statement st = c.createStatement()) {
            for (String schema : SCHEMAS) {
                st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    @Override
    protected String freshStoreUrl() throws SQLException {
        String schema = "nf_store_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(BASE_URL); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        SCHEMAS.add(schema);
        return BASE_URL + "&currentSchema=" + schema + "&reWriteBatchedInserts=true&ApplicationName=" + schema;
    }

    @Test
    void lostConnectionFailsTransientlyAndTheNextWriteReconnects() throws SQLException {
        store.write(List.of(Fixtures.withQuotes("a1", "1", 2)));
        String applicationName = url().substring(url().indexOf("ApplicationName=") + "ApplicationName=".length());
        try (Connection c = DriverManager.getConnection(BASE_URL);
                PreparedStatement ps = c.prepareStatement(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ?")) {
            ps.setString(1, applicationName);
            ps.executeQuery().close();
        }

        assertThatThrownBy(() -> store.write(List.of(Fixtures.withQuotes("a2", "1", 2))))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.isTransient()).isTrue());
        assertThat(store.isReachable()).isTrue();
        store.write(List.of(Fixtures.withQuotes("a2", "1", 2)));
        assertThat(store.countArticles()).isEqualTo(2);
    }
}
