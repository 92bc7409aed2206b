package io.newsflow.sink.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;

/**
 * The web API over the machine's PostgreSQL ({@code newsflow.test.postgres.url}, default 127.0.0.1:5432/test as
 * postgres); one schema per store, dropped afterwards. Skipped when PostgreSQL cannot be reached.
 */
class PostgresSinkWebTest extends SinkWebContract {

    private static final String BASE_URL = System.getProperty("newsflow.test.postgres.url",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    private final List<String> schemas = new ArrayList<>();

    @Override
    protected String freshStoreUrl() throws SQLException {
        String schema = "nf_web_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(BASE_URL + "&connectTimeout=3");
                Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            assumeTrue(false, "PostgreSQL at " + BASE_URL + " is unreachable (" + e.getMessage()
                    + "); skipping PostgreSQL web API tests");
        }
        schemas.add(schema);
        return BASE_URL + "&currentSchema=" + schema;
    }

    @AfterAll
    void dropSchemas() throws SQLException {
        if (schemas.isEmpty()) {
            return;
        }
        try (Connection c = DriverManager.getConnection(BASE_URL); Statement st = c.createStatement()) {
            for (String schema : schemas) {
                st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }
}
