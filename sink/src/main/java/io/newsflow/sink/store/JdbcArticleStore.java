package io.newsflow.sink.store;

import io.newsflow.schemas.avro.EnrichedArticle;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * {@link ArticleStore} on PostgreSQL or SQLite through one JDBC connection.
 *
 * <p>{@link #open} runs the Flyway migrations of the dialect chosen by the URL
 * ({@code db/migration/postgresql} or {@code db/migration/sqlite}); for SQLite it first creates the file's
 * parent directories and then uses WAL journaling, a {@value Dialect#BUSY_TIMEOUT_MS} ms busy timeout,
 * foreign keys and IMMEDIATE transactions. Statements are prepared once per connection and reused; each
 * table's rows of a batch go in one JDBC batch. On PostgreSQL the driver rewrites each JDBC batch into
 * multi-row INSERTs ({@code reWriteBatchedInserts}, on unless the URL says {@code =false}).
 *
 * <p>Two connections: one for the sink's writes and one for the API's reads and exports, so a slow search or a
 * long export never holds up ingestion (SQLite's WAL lets the reader work beside the writer; the read connection
 * uses deferred transactions so an export takes no write lock). An in-memory SQLite database has one connection
 * for both, since a second would open a different database. Each connection is used by one thread at a time.
 * After a database failure the next call checks the connection and reopens it if it is broken, so a transient
 * outage heals without a restart.
 */
public final class JdbcArticleStore implements ArticleStore {

    private static final int MAX_LIMIT = 1000;

    private final Dialect dialect;
    private final String schemaVersion;
    private final SessionSlot writer;
    private final SessionSlot reader;

    private JdbcArticleStore(Dialect dialect, String schemaVersion, SessionSlot writer, SessionSlot reader) {
        this.dialect = dialect;
        this.schemaVersion = schemaVersion;
        this.writer = writer;
        this.reader = reader;
    }

    /**
     * Migrates the schema and connects.
     *
     * @throws IllegalArgumentException for a URL that is neither {@code jdbc:sqlite:} nor {@code jdbc:postgresql:}
     * @throws StoreException when the database cannot be reached or migrated
     */
    public static JdbcArticleStore open(StoreSettings settings) {
        Objects.requireNonNull(settings, "settings");
        Dialect dialect = Dialect.of(settings.jdbcUrl());
        if (dialect == Dialect.SQLITE) {
            SqliteFiles.createParentDirectories(settings.jdbcUrl());
        }
        String schemaVersion;
        try {
            Flyway flyway = Flyway.configure()
                    .dataSource(settings.jdbcUrl(), settings.user(), settings.password())
                    .locations(dialect.migrations)
                    .failOnMissingLocations(true)
                    .load();
            flyway.migrate();
            // the version readiness later checks for: the newest migration this build ships
            schemaVersion = flyway.info().current().getVersion().getVersion();
        } catch (FlywayException e) {
            throw dialect.failure("migrating " + settings.jdbcUrl() + " failed", e);
        }
        SessionSlot writer = null;
        try {
            writer = new SessionSlot(() -> dialect.connect(settings), dialect, settings.jdbcUrl());
            boolean inMemory = dialect == Dialect.SQLITE && SqliteFiles.databaseFile(settings.jdbcUrl()) == null;
            SessionSlot reader = inMemory ? writer
                    : new SessionSlot(() -> dialect.connectForReading(settings), dialect, settings.jdbcUrl());
            return new JdbcArticleStore(dialect, schemaVersion, writer, reader);
        } catch (SQLException e) {
            if (writer != null) {
                writer.close();
            }
            throw dialect.failure("connecting to " + settings.jdbcUrl() + " failed", e);
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when a record fails {@link ArticleStore#problemWith}; nothing is written
     * @throws StoreException on a database failure; the transaction is rolled back
     */
    @Override
    public WriteResult write(List<EnrichedArticle> batch) {
        Objects.requireNonNull(batch, "batch");
        for (int i = 0; i < batch.size(); i++) {
            Optional<String> problem = RecordCheck.problemWith(batch.get(i));
            if (problem.isPresent()) {
                throw new IllegalArgumentException("record " + i + " of the batch: " + problem.get());
            }
        }
        if (batch.isEmpty()) {
            return WriteResult.NOTHING;
        }
        synchronized (writer) {
            Session s = writer.get();
            try {
                s.connection.setAutoCommit(false);
                WriteResult result = new BatchWriter(s).write(batch);
                s.connection.commit();
                return result;
            } catch (SQLException e) {
                rollbackQuietly(s);
                writer.markSuspect();
                throw dialect.failure("writing a batch of " + batch.size() + " failed", e);
            } catch (RuntimeException e) {
                rollbackQuietly(s);
                throw e;
            } finally {
                restoreAutoCommit(writer, s);
            }
        }
    }

    @Override
    public long countArticles() {
        return count("SELECT COUNT(*) FROM articles");
    }

    @Override
    public long countQuotes() {
        return count("SELECT COUNT(*) FROM quotes");
    }

    @Override
    public List<StoredQuote> quotesOfArticle(String articleId) {
        if (articleId == null) {
            return List.of();
        }
        return quotes("SELECT " + StoredRows.QUOTE_COLUMNS + " FROM quotes q WHERE q.article_id = ?"
                + " ORDER BY q.start_offset, q.id", articleId, null);
    }

    @Override
    public Optional<StoredArticle> article(String articleId) {
        if (articleId == null) {
            return Optional.empty();
        }
        return readSession(s -> {
            PreparedStatement ps = s.statement("SELECT " + StoredRows.ARTICLE_COLUMNS + " FROM articles WHERE id = ?");
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(StoredRows.article(rs, dialect)) : Optional.empty();
            }
        });
    }

    @Override
    public Optional<StoredSpeaker> speaker(String speakerId) {
        if (speakerId == null) {
            return Optional.empty();
        }
        return readSession(s -> {
            PreparedStatement ps = s.statement("SELECT id, canonical_name, aliases, quote_count FROM speakers WHERE id = ?");
            ps.setString(1, speakerId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(StoredRows.speaker(rs)) : Optional.empty();
            }
        });
    }

    @Override
    public List<StoredQuote> searchQuotes(String words, int limit) {
        String argument = words == null ? "" : dialect.searchArgument(words);
        if (argument.isBlank()) {
            return List.of();
        }
        return quotes(dialect.searchSql(StoredRows.QUOTE_COLUMNS), argument, Math.max(1, Math.min(limit, 1000)));
    }

    @Override
    public boolean isReachable() {
        // readiness is about the writer: the sink cannot store anything without it
        synchronized (writer) {
            if (writer.isClosed()) {
                return false;
            }
            try (Statement st = writer.get().connection.createStatement()) {
                st.setQueryTimeout(SessionSlot.VALIDATION_TIMEOUT_S);
                try (ResultSet rs = st.executeQuery("SELECT 1")) {
                    return rs.next();
                }
            } catch (SQLException | RuntimeException e) {
                writer.markSuspect();
                return false;
            }
        }
    }

    @Override
    public boolean isMigrated() {
        synchronized (writer) {
            if (writer.isClosed() || !isReachable()) {
                return false;
            }
            try {
                return new Reads(writer.get()).hasMigration(schemaVersion);
            } catch (SQLException | RuntimeException e) {
                writer.markSuspect();
                return false;
            }
        }
    }

    @Override
    public QuotePage findQuotes(QuoteQuery query) {
        Objects.requireNonNull(query, "query");
        return read(reads -> reads.findQuotes(query));
    }

    @Override
    public List<StoredSpeaker> speakers(String namePrefix, int limit) {
        return read(reads -> reads.speakers(namePrefix, clamp(limit)));
    }

    @Override
    public List<MonthCount> quotesPerMonth(String speakerId) {
        return speakerId == null ? List.of() : read(reads -> reads.quotesPerMonth(speakerId));
    }

    @Override
    public List<TopicCount> topKeyphrasesOfSpeaker(String speakerId, int limit) {
        return speakerId == null ? List.of() : read(reads -> reads.topKeyphrasesOfSpeaker(speakerId, clamp(limit)));
    }

    @Override
    public List<TopicCount> topKeyphrases(int limit) {
        return read(reads -> reads.topKeyphrases(clamp(limit)));
    }

    @Override
    public List<TopicCount> topEntities(int limit) {
        return read(reads -> reads.topEntities(clamp(limit)));
    }

    @Override
    public List<TopicCount> topCategories(int limit) {
        return read(reads -> reads.topCategories(clamp(limit)));
    }

    @Override
    public List<StoredKeyphrase> keyphrasesOf(String articleId) {
        return articleId == null ? List.of() : read(reads -> reads.keyphrasesOf(articleId));
    }

    @Override
    public List<StoredEntity> entitiesOf(String articleId) {
        return articleId == null ? List.of() : read(reads -> reads.entitiesOf(articleId));
    }

    @Override
    public Optional<StoredCategory> categoryOf(String articleId) {
        return articleId == null ? Optional.empty() : read(reads -> reads.categoryOf(articleId));
    }

    private interface Query<T> {
        T run(Reads reads) throws SQLException;
    }

    private interface SessionQuery<T> {
        T run(Session session) throws SQLException;
    }

    private <T> T read(Query<T> query) {
        return readSession(s -> query.run(new Reads(s)));
    }

    /** Reads are idempotent: after a transient failure (e.g. the server dropped the connection) try once more. */
    private <T> T readSession(SessionQuery<T> query) {
        synchronized (reader) {
            try {
                return query.run(reader.get());
            } catch (SQLException first) {
                if (!dialect.isTransient(first)) {
                    throw readFailure(first);
                }
                reader.markSuspect();
                try {
                    return query.run(reader.get());
                } catch (SQLException second) {
                    second.addSuppressed(first);
                    throw readFailure(second);
                }
            }
        }
    }

    private static int clamp(int limit) {
        return Math.max(1, Math.min(limit, MAX_LIMIT));
    }

    @Override
    public void close() {
        synchronized (reader) {
            if (!reader.isClosed()) {
                reader.close();
            }
        }
        synchronized (writer) {
            if (!writer.isClosed()) {
                writer.close();
            }
        }
    }

    /** Streams every row of a query to the handler; used by {@link JsonlExporter}. */
    void forEachRow(String sql, Session.RowHandler handler) {
        synchronized (reader) {
            forEachRow(reader.get(), sql, handler);
        }
    }

    private void forEachRow(Session s, String sql, Session.RowHandler handler) {
        try {
            // PostgreSQL only streams with a fetch size inside a transaction; otherwise it buffers everything
            s.connection.setAutoCommit(false);
            try (Statement st = s.connection.createStatement()) {
                st.setFetchSize(1000);
                try (ResultSet rs = st.executeQuery(sql)) {
                    while (rs.next()) {
                        handler.row(rs);
                    }
                }
            }
        } catch (SQLException e) {
            throw readFailure(e);
        } finally {
            rollbackQuietly(s); // read-only: nothing to keep
            restoreAutoCommit(reader, s);
        }
    }

    Dialect dialect() {
        return dialect;
    }

    private long count(String sql) {
        return readSession(s -> {
            try (ResultSet rs = s.statement(sql).executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private List<StoredQuote> quotes(String sql, String argument, Integer limit) {
        return readSession(s -> {
            PreparedStatement ps = s.statement(sql);
            ps.setString(1, argument);
            if (limit != null) {
                ps.setInt(2, limit);
            }
            List<StoredQuote> quotes = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    quotes.add(StoredRows.quote(rs, dialect));
                }
            }
            return quotes;
        });
    }

    private StoreException readFailure(SQLException e) {
        reader.markSuspect();
        return dialect.failure("reading failed", e);
    }

    private static void restoreAutoCommit(SessionSlot slot, Session s) {
        try {
            s.connection.setAutoCommit(true);
        } catch (SQLException e) {
            slot.markSuspect(); // the connection is probably gone; the next call checks and reconnects
        }
    }

    private static void rollbackQuietly(Session s) {
        try {
            if (!s.connection.getAutoCommit()) {
                s.connection.rollback();
            }
        } catch (SQLException ignored) {
            // the connection is probably gone; the next call reconnects
        }
    }
}
