package io.newsflow.sink.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteException;

/**
 * What differs between the two databases: how to connect, where the migrations are, how times are stored
 * (timestamptz vs epoch milliseconds), the full-text query, row locking and which failures are transient.
 * All other SQL is shared.
 */
enum Dialect {
    SQLITE("classpath:db/migration/sqlite") {
        @Override
        Connection connect(StoreSettings settings) throws SQLException {
            return connect(settings, SQLiteConfig.TransactionMode.IMMEDIATE);
        }

        /** Deferred transactions: an export's long read transaction must not take the write lock. */
        @Override
        Connection connectForReading(StoreSettings settings) throws SQLException {
            return connect(settings, SQLiteConfig.TransactionMode.DEFERRED);
        }

        private Connection connect(StoreSettings settings, SQLiteConfig.TransactionMode mode) throws SQLException {
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setBusyTimeout(BUSY_TIMEOUT_MS);
            // 64 MiB page cache instead of 2 MiB: quote ids are hashes, so index inserts land on random pages
            config.setCacheSize(-65_536);
            config.setTempStore(SQLiteConfig.TempStore.MEMORY);
            config.enforceForeignKeys(true);
            // take the write lock when the transaction begins, so the version check and the writes are atomic
            // even if another process writes the same file
            config.setTransactionMode(mode);
            return DriverManager.getConnection(settings.jdbcUrl(), config.toProperties());
        }

        @Override
        void bindInstant(PreparedStatement ps, int index, Instant time) throws SQLException {
            if (time == null) {
                ps.setNull(index, Types.BIGINT);
            } else {
                ps.setLong(index, time.toEpochMilli());
            }
        }

        @Override
        Instant readInstant(ResultSet rs, String column) throws SQLException {
            long millis = rs.getLong(column);
            return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
        }

        @Override
        String searchSql(String quoteColumns) {
            return "SELECT " + quoteColumns + " FROM quotes_fts JOIN quotes q ON q.seq = quotes_fts.rowid"
                    + " WHERE quotes_fts MATCH ? ORDER BY quotes_fts.rank, q.id LIMIT ?";
        }

        @Override
        String quoteTextFilter() {
            return "q.seq IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)";
        }

        @Override
        String monthOf(String column) {
            return "strftime('%Y-%m', " + column + " / 1000, 'unixepoch')";
        }

        /** Each word becomes a quoted FTS5 string, so no input can be read as query syntax. */
        @Override
        String searchArgument(String words) {
            StringBuilder query = new StringBuilder();
            Matcher m = WORD.matcher(words);
            int n = 0;
            while (m.find() && n++ < MAX_SEARCH_WORDS) {
                query.append(query.isEmpty() ? "" : " ").append('"').append(m.group()).append('"');
            }
            return query.toString();
        }

        @Override
        boolean isTransient(SQLException e) {
            if (e instanceof SQLiteException sqlite) {
                int primary = sqlite.getResultCode().code & 0xff;
                return primary == 5 || primary == 6; // SQLITE_BUSY, SQLITE_LOCKED
            }
            return false;
        }
    },

    POSTGRESQL("classpath:db/migration/postgresql") {
        @Override
        Connection connect(StoreSettings settings) throws SQLException {
            Properties props = new Properties();
            if (settings.user() != null) {
                props.setProperty("user", settings.user());
            }
            if (settings.password() != null) {
                props.setProperty("password", settings.password());
            }
            props.putIfAbsent("connectTimeout", "10");
            // one multi-row INSERT per JDBC batch instead of one statement per row; safe because BatchPlan
            // and ArticleRows leave no key twice in a batch (ON CONFLICT cannot touch a row twice in one
            // statement). A URL parameter still wins: ...?reWriteBatchedInserts=false
            props.putIfAbsent("reWriteBatchedInserts", "true");
            props.putIfAbsent("ApplicationName", "newsflow-sink");
            return DriverManager.getConnection(settings.jdbcUrl(), props);
        }

        @Override
        void bindInstant(PreparedStatement ps, int index, Instant time) throws SQLException {
            if (time == null) {
                ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                ps.setObject(index, OffsetDateTime.ofInstant(time, ZoneOffset.UTC));
            }
        }

        @Override
        Instant readInstant(ResultSet rs, String column) throws SQLException {
            OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
            return time == null ? null : time.toInstant();
        }

        @Override
        String searchSql(String quoteColumns) {
            return "SELECT " + quoteColumns + " FROM quotes q, plainto_tsquery('english', ?) query"
                    + " WHERE q.text_tsv @@ query ORDER BY ts_rank(q.text_tsv, query) DESC, q.id LIMIT ?";
        }

        @Override
        String quoteTextFilter() {
            return "q.text_tsv @@ plainto_tsquery('english', ?)";
        }

        @Override
        String monthOf(String column) {
            return "to_char(" + column + " AT TIME ZONE 'UTC', 'YYYY-MM')";
        }

        /** plainto_tsquery accepts any text; only the length is bounded. */
        @Override
        String searchArgument(String words) {
            return Text.bounded(words, Text.MAX_SHORT);
        }

        /**
         * Transaction-scoped advisory locks, so they also cover ids that have no row yet (a new article, a new
         * speaker). Taken in hash order by every writer, which rules out lock-order deadlocks.
         */
        @Override
        void lockKeys(Session session, int keySpace, List<String> keys) throws SQLException {
            if (keys.isEmpty()) {
                return;
            }
            PreparedStatement ps = session.statement("SELECT count(pg_advisory_xact_lock(?, h)) FROM"
                    + " (SELECT DISTINCT hashtext(k) AS h FROM unnest(?::text[]) AS k ORDER BY h OFFSET 0) AS sorted");
            ps.setInt(1, keySpace);
            ps.setArray(2, session.connection.createArrayOf("text", keys.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
            }
        }

        @Override
        boolean isTransient(SQLException e) {
            String state = e.getSQLState();
            return state != null && (state.startsWith("08") || state.startsWith("53") || state.equals("40001")
                    || state.equals("40P01") || state.equals("57P01") || state.equals("57P03"));
        }
    };

    static final int BUSY_TIMEOUT_MS = 10_000;
    static final int MAX_SEARCH_WORDS = 32;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    final String migrations;

    Dialect(String migrations) {
        this.migrations = migrations;
    }

    static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported JDBC URL (want jdbc:sqlite: or jdbc:postgresql:): "
                + jdbcUrl.replaceAll("password=[^&]*", "password=***"));
    }

    abstract Connection connect(StoreSettings settings) throws SQLException;

    /** A connection for the API's reads and exports, which never write. */
    Connection connectForReading(StoreSettings settings) throws SQLException {
        Connection connection = connect(settings);
        connection.setReadOnly(true);
        return connection;
    }

    abstract void bindInstant(PreparedStatement ps, int index, Instant time) throws SQLException;

    abstract Instant readInstant(ResultSet rs, String column) throws SQLException;

    /** Full-text query returning {@code quoteColumns}; parameters: the search argument, the limit. */
    abstract String searchSql(String quoteColumns);

    /** A condition on quotes {@code q} that their text matches the one parameter, a {@link #searchArgument}. */
    abstract String quoteTextFilter();

    /** SQL giving {@code yyyy-MM} (UTC) of a time column. */
    abstract String monthOf(String column);

    /** The search words in the form the dialect's query takes; empty when there is nothing to search for. */
    abstract String searchArgument(String words);

    static final int ARTICLE_LOCKS = 1;
    static final int SPEAKER_LOCKS = 2;

    /**
     * Serialises concurrent writers (several sink instances on one database) on the given keys until the
     * transaction ends. SQLite needs nothing: its IMMEDIATE transactions already admit one writer at a time.
     */
    void lockKeys(Session session, int keySpace, List<String> keys) throws SQLException {}

    abstract boolean isTransient(SQLException e);

    /** Wraps a failure, classifying it by the first SQLException in the cause chain. */
    StoreException failure(String what, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return new StoreException(what + ": " + sql.getMessage(), e, isTransient(sql));
            }
        }
        return new StoreException(what + ": " + e.getMessage(), e, false);
    }
}
