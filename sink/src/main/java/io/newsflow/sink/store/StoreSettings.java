package io.newsflow.sink.store;

/**
 * Where the store lives. {@code jdbcUrl} selects the dialect: {@code jdbc:sqlite:./data/newsflow.db} (embedded
 * default, one file; parent directories are created) or {@code jdbc:postgresql://host:5432/db} (production;
 * {@code ?currentSchema=x} selects an existing schema; {@code reWriteBatchedInserts} is on by default).
 * {@code user} and {@code password} may be null (SQLite ignores them).
 */
public record StoreSettings(String jdbcUrl, String user, String password) {

    /** The embedded default used when nothing is configured. */
    public static final String DEFAULT_JDBC_URL = "jdbc:sqlite:./data/newsflow.db";

    public StoreSettings {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            throw new IllegalArgumentException("jdbcUrl must not be blank");
        }
    }

    /** Settings for a URL without credentials (SQLite, or PostgreSQL with trust/peer auth). */
    public static StoreSettings of(String jdbcUrl) {
        return new StoreSettings(jdbcUrl, null, null);
    }

    @Override
    public String toString() {
        // never print the password
        return "StoreSettings[jdbcUrl=" + jdbcUrl + ", user=" + user + "]";
    }
}
