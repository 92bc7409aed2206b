package io.newsflow.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The machine's PostgreSQL (127.0.0.1:5432, database test, trust auth), one schema per test so runs
 * do not collide. Under CI ({@code CI=true}) an unreachable server fails the test instead of
 * skipping it: .ci/run starts PostgreSQL.
 */
final class PostgresTestDb {
  static final String BASE = "jdbc:postgresql://127.0.0.1:5432/test";

  private PostgresTestDb() {}

  static String url(String name) {
    String schema = schema(name);
    try (Connection c = DriverManager.getConnection(BASE, "postgres", "");
        Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      st.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      if ("true".equals(System.getenv("CI"))) {
        throw new IllegalStateException("PostgreSQL at " + BASE + " is required under CI: " + e.getMessage(), e);
      }
      assumeTrue(false, "PostgreSQL not reachable at " + BASE + " (" + e.getMessage() + ") - skipping");
    }
    return BASE + "?currentSchema=" + schema;
  }

  static void drop(String name) {
    try (Connection c = DriverManager.getConnection(BASE, "postgres", "");
        Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS " + schema(name) + " CASCADE");
    } catch (SQLException ignored) {
      // best effort
    }
  }

  private static String schema(String name) {
    return "nf_" + name + "_" + ProcessHandle.current().pid();
  }
}
