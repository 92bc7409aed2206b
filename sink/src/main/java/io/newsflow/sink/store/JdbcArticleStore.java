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
 * <p>Thread safety: all methods are synchronized (one connection). After a database failure the next call
 * checks the connection and reopens it if it is broken, so a transient outage heals without a restart.
 */
public final class JdbcArticleStore implements ArticleStore {

    private static final int VALIDATION_TIMEOUT_S = 2;

    private static final int MAX_LIMIT = 1000;

    private final StoreSettings settings;
    private final Dialect dialect;
    private final String schemaVersion;
    private Session session;
    private boolean suspect;
    private boolean closed;

    private JdbcArticleStore(StoreSettings settings, Dialect dialect, String schemaVersion, Session session) {
        this.settings = settings;
        this.dialect = dialect;
        this.schemaVersion = schemaVersion;
        this.session = session;
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
        try {
            return new JdbcArticleStore(settings, dialect, schemaVersion,
                    new Session(dialect.connect(settings), dialect));
        } catch (SQLException e) {
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
    public synchronized WriteResult write(List<EnrichedArticle> batch) {
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
        Session s = session();
        try {
            s.connection.setAutoCommit(false);
            WriteResult result = new BatchWriter(s).write(batch);
            s.connection.commit();
            return result;
        } catch (SQLException e) {
            rollbackQuietly(s);
            suspect = true;
            throw dialect.failure("writing a batch of " + batch.size() + " failed", e);
        } catch (RuntimeException e) {
            rollbackQuietly(s);
            throw e;
        } finally {
            restoreAutoCommit(s);
        }
    }

    @Override
    public synchronized long countArticles() {
        return count("SELECT COUNT(*) FROM articles");
    }

    @Override
    public synchronized long countQuotes() {
        return count("SELECT COUNT(*) FROM quotes");
    }

    @Override
    public synchronized List<StoredQuote> quotesOfArticle(String articleId) {
        if (articleId == null) {
            return List.of();
        }
        return quotes("SELECT " + StoredRows.QUOTE_COLUMNS + " FROM quotes q WHERE q.article_id = ?"
                + " ORDER BY q.start_offset, q.id", articleId, null);
    }

    @Override
    public synchronized Optional<StoredArticle> article(String articleId) {
        if (articleId == null) {
            return Optional.empty();
        }
        Session s = session();
        try {
            PreparedStatement ps = s.statement("SELECT " + StoredRows.ARTICLE_COLUMNS + " FROM articles WHERE id = ?");
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(StoredRows.article(rs, dialect)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    @Override
    public synchronized Optional<StoredSpeaker> speaker(String speakerId) {
        if (speakerId == null) {
            return Optional.empty();
        }
        Session s = session();
        try {
            PreparedStatement ps = s.statement("SELECT id, canonical_name, aliases, quote_count FROM speakers WHERE id = ?");
            ps.setString(1, speakerId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(StoredRows.speaker(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    @Override
    public synchronized List<StoredQuote> searchQuotes(String words, int limit) {
        String argument = words == null ? "" : dialect.searchArgument(words);
        if (argument.isBlank()) {
            return List.of();
        }
        return quotes(dialect.searchSql(StoredRows.QUOTE_COLUMNS), argument, Math.max(1, Math.min(limit, 1000)));
    }

    @Override
    public synchronized boolean isReachable() {
        if (closed) {
            return false;
        }
        try (Statement st = session().connection.createStatement()) {
            st.setQueryTimeout(VALIDATION_TIMEOUT_S);
            try (ResultSet rs = st.executeQuery("SELECT 1")) {
                return rs.next();
            }
        } catch (SQLException | RuntimeException e) {
            suspect = true;
            return false;
        }
    }

    @Override
    public synchronized boolean isMigrated() {
        if (closed || !isReachable()) {
            return false;
        }
        try {
            return new Reads(session()).hasMigration(schemaVersion);
        } catch (SQLException | RuntimeException e) {
            suspect = true;
            return false;
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

    private synchronized <T> T read(Query<T> query) {
        try {
            return query.run(new Reads(session()));
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    private static int clamp(int limit) {
        return Math.max(1, Math.min(limit, MAX_LIMIT));
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (session != null) {
            session.close();
            session = null;
        }
    }

    /** Streams every row of a query to the handler; used by {@link JsonlExporter}. */
    synchronized void forEachRow(String sql, Session.RowHandler handler) {
        Session s = session();
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
            restoreAutoCommit(s);
        }
    }

    Dialect dialect() {
        return dialect;
    }

    private long count(String sql) {
        Session s = session();
        try (ResultSet rs = s.statement(sql).executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    private List<StoredQuote> quotes(String sql, String argument, Integer limit) {
        Session s = session();
        try {
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
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    private StoreException readFailure(SQLException e) {
        suspect = true;
        return dialect.failure("reading failed", e);
    }

    /** The open session; after a failure, checks it and reconnects when the connection is gone. */
    private Session session() {
        if (closed) {
            throw new IllegalStateException("store is closed");
        }
        if (suspect) {
            boolean valid;
            try {
                valid = session.connection.isValid(VALIDATION_TIMEOUT_S);
            } catch (SQLException e) {
                valid = false;
            }
            if (!valid) {
                session.close();
                try {
                    session = new Session(dialect.connect(settings), dialect);
                } catch (SQLException e) {
                    throw dialect.failure("reconnecting to " + settings.jdbcUrl() + " failed", e);
                }
            }
            suspect = false;
        }
        return session;
    }

    private void restoreAutoCommit(Session s) {
        try {
            s.connection.setAutoCommit(true);
        } catch (SQLException e) {
            suspect = true; // the connection is probably gone; the next call checks and reconnects
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
