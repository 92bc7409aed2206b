package io.newsflow.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The PostgreSQL the bench writes to, when reachable: each use gets a schema of its own (so a run never
 * touches existing tables), all dropped by {@link #dropAll()}.
 */
final class Postgres {
  private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  private final String baseUrl;
  private final String user;
  private final List<String> schemas = new ArrayList<>();

  private Postgres(String baseUrl, String user) {
    this.baseUrl = baseUrl;
    this.user = user;
  }

  /** The server at {@code baseUrl}, or null (with a note on {@code progress}) when it does not answer. */
  static Postgres connect(String baseUrl, String user, PrintStream progress) {
    Postgres pg = new Postgres(baseUrl, user);
    try (Connection c = pg.open()) {
      c.isValid(2);
      return pg;
    } catch (SQLException e) {
      progress.println("PostgreSQL not reachable at " + baseUrl + " (" + e.getMessage() + "): SQLite only");
      return null;
    }
  }

  /** Creates (or recreates) {@code name} and returns a URL whose current schema it is. */
  String schema(String name) throws SQLException {
    if (!SCHEMA_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("bad schema name " + name);
    }
    try (Connection c = open(); Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
      st.execute("CREATE SCHEMA " + name);
    }
    schemas.add(name);
    return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + name;
  }

  /** Drops every schema this instance created; best effort. */
  void dropAll() {
    try (Connection c = open(); Statement st = c.createStatement()) {
      for (String s : schemas) {
        st.execute("DROP SCHEMA IF EXISTS " + s + " CASCADE");
      }
    } catch (SQLException e) {
      // left-over schemas are named bench_*_<pid>: harmless, and dropped by the next run with that pid
    }
  }

  private Connection open() throws SQLException {
    Properties p = new Properties();
    p.setProperty("user", user);
    p.setProperty("password", Bench.pgPassword());
    p.setProperty("connectTimeout", "3");
    return DriverManager.getConnection(baseUrl, p);
  }
}
