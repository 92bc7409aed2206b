package io.newsflow.sink;

import io.newsflow.common.config.ConfigKey;
import io.newsflow.common.config.Settings;
import io.newsflow.sink.store.StoreSettings;
import java.time.Duration;
import java.util.List;

/** Typed settings of the sink stage. */
public record SinkConfig(StoreSettings store, String groupId, int batchSize, Duration pollTimeout, Duration retryBackoff) {
  public static final ConfigKey<String> JDBC_URL = ConfigKey.string("sink.jdbc.url", "jdbc:sqlite:./data/newsflow.db",
      "Store to write: jdbc:sqlite:FILE (embedded default) or jdbc:postgresql://HOST:PORT/DB.");
  public static final ConfigKey<String> JDBC_USER = ConfigKey.string("sink.jdbc.user", "",
      "Database user (PostgreSQL).");
  public static final ConfigKey<String> JDBC_PASSWORD = ConfigKey.string("sink.jdbc.password", "",
      "Database password (PostgreSQL); prefer the environment variable or a Secret over a flag.");
  public static final ConfigKey<String> GROUP_ID = ConfigKey.string("sink.group.id", "newsflow-sink",
      "Consumer group of the sink; give each store its own group (e.g. one sink for PostgreSQL, one for SQLite).");
  public static final ConfigKey<Integer> BATCH_SIZE = ConfigKey.integer("sink.batch.size", 500, 1, 100_000,
      "Most records written in one store transaction (also the consumer's max.poll.records).");
  public static final ConfigKey<Long> POLL_MS = ConfigKey.longValue("sink.poll.ms", 500, 1,
      "Longest wait for records before an (empty) poll returns.");
  public static final ConfigKey<Long> RETRY_MS = ConfigKey.longValue("sink.retry.backoff.ms", 2000, 1,
      "Wait before retrying a batch after the store failed (e.g. the database is down); the batch is retried, never skipped.");

  public static final List<ConfigKey<?>> KEYS = List.of(JDBC_URL, JDBC_USER, JDBC_PASSWORD, GROUP_ID, BATCH_SIZE, POLL_MS, RETRY_MS);

  public static SinkConfig from(Settings s) {
    return new SinkConfig(new StoreSettings(s.get(JDBC_URL), s.get(JDBC_USER), s.get(JDBC_PASSWORD)),
        s.get(GROUP_ID), s.get(BATCH_SIZE), Duration.ofMillis(s.get(POLL_MS)), Duration.ofMillis(s.get(RETRY_MS)));
  }
}
