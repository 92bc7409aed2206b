package io.newsflow.cli.faults;

import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.ingest.clean.ArticleCleaner;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares the store (the sink's PostgreSQL schema) with the corpus: each page {@code n} must be
 * one article row (found by its unique "Dispatch n:" paragraph) carrying the current cleaner and
 * extractor versions, and its unique quote ("We will finish item n …") must be stored exactly once.
 */
final class StoreCheck {
  private static final Pattern MARKER = Pattern.compile("Dispatch (\\d+): ");
  private static final Pattern QUOTE = Pattern.compile("We will finish item (\\d+) ");

  /** What the store holds against the corpus. */
  record Counts(int expected, int stored, int lost, int duplicated, int wrongVersion, int unexpected,
      int quotesLost, int quotesDuplicated) {
    boolean complete() {
      return stored == expected && quotesLost == 0;
    }

    boolean clean() {
      return lost == 0 && duplicated == 0 && wrongVersion == 0 && unexpected == 0 && quotesLost == 0
          && quotesDuplicated == 0;
    }
  }

  private final String jdbcUrl;
  private final int expected;

  StoreCheck(String jdbcUrl, int expected) {
    this.jdbcUrl = jdbcUrl;
    this.expected = expected;
  }

  /** Articles stored so far (0 while the schema is not there yet or the database is away). */
  int storedArticles() {
    try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM articles")) {
      rs.next();
      return rs.getInt(1);
    } catch (SQLException e) {
      return -1;
    }
  }

  Counts counts() throws SQLException {
    Map<Integer, Integer> articles = new HashMap<>();
    Map<Integer, Integer> quotes = new HashMap<>();
    int wrongVersion = 0;
    int unexpected = 0;
    try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
        Statement st = c.createStatement()) {
      try (ResultSet rs = st.executeQuery("SELECT body, cleaner_version, extractor_version FROM articles")) {
        while (rs.next()) {
          Matcher m = MARKER.matcher(rs.getString(1));
          if (!m.find()) {
            unexpected++;
            continue;
          }
          int n = Integer.parseInt(m.group(1));
          if (n >= expected) {
            unexpected++;
            continue;
          }
          articles.merge(n, 1, Integer::sum);
          if (!ArticleCleaner.VERSION.equals(rs.getString(2)) || !ArticleEnricher.VERSION.equals(rs.getString(3))) {
            wrongVersion++;
          }
        }
      }
      try (ResultSet rs = st.executeQuery("SELECT text FROM quotes WHERE text LIKE '%We will finish item %'")) {
        while (rs.next()) {
          Matcher m = QUOTE.matcher(rs.getString(1));
          if (m.find()) {
            quotes.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
          }
        }
      }
    }
    int duplicated = articles.values().stream().mapToInt(v -> v - 1).sum();
    int quotesDuplicated = quotes.values().stream().mapToInt(v -> v - 1).sum();
    int quotesLost = 0;
    for (int n : articles.keySet()) {
      if (!quotes.containsKey(n)) {
        quotesLost++;
      }
    }
    return new Counts(expected, articles.size(), expected - articles.size(), duplicated, wrongVersion, unexpected,
        quotesLost, quotesDuplicated);
  }
}
