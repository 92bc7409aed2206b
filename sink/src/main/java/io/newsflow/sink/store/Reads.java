package io.newsflow.sink.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The serving queries (quote search with keyset pagination, speakers, topics, an article's children) on one
 * session. SQL is shared by both dialects except the full-text filter and month bucketing ({@link Dialect}).
 * Caller holds the store's lock and maps {@link SQLException}.
 */
final class Reads {

    private static final String QUOTE_HIT_COLUMNS = StoredRows.QUOTE_COLUMNS
            + ", a.title AS article_title, a.url AS article_url";

    /** Most speaker ids one name may stand for in the speaker filter (namesakes with different ids). */
    static final int MAX_NAMESAKES = 50;

    private final Session session;
    private final Dialect dialect;

    Reads(Session session) {
        this.session = session;
        this.dialect = session.dialect;
    }

    QuotePage findQuotes(QuoteQuery query) throws SQLException {
        String words = query.words() == null ? null : dialect.searchArgument(query.words());
        if (words != null && words.isBlank()) {
            return new QuotePage(List.of(), null); // nothing searchable in the text filter: nothing matches
        }
        StringBuilder sql = new StringBuilder("SELECT ").append(QUOTE_HIT_COLUMNS)
                .append(" FROM quotes q JOIN articles a ON a.id = q.article_id WHERE 1 = 1");
        List<Binder> binds = new ArrayList<>();
        if (query.speaker() != null) {
            // resolved first: "speaker_id = ?" (the usual single match) reads the speaker's index in page order,
            // where an IN (subquery) would make both databases sort all the speaker's quotes
            List<String> speakerIds = speakerIds(query.speaker());
            if (speakerIds.isEmpty()) {
                return new QuotePage(List.of(), null);
            }
            sql.append(" AND q.speaker_id ").append(speakerIds.size() == 1 ? "= ?"
                    : "IN (" + "?,".repeat(speakerIds.size() - 1) + "?)");
            speakerIds.forEach(id -> binds.add(text(id)));
        }
        if (query.entity() != null) {
            sql.append(" AND q.article_id IN (SELECT article_id FROM entities WHERE name_key = ?)");
            binds.add(text(ArticleRows.lookupKey(query.entity())));
        }
        if (query.topic() != null) {
            sql.append(" AND q.article_id IN (SELECT article_id FROM keyphrases WHERE phrase_key = ?"
                    + " UNION SELECT article_id FROM categories WHERE lower(label) = ?)");
            String key = ArticleRows.lookupKey(query.topic());
            binds.add(text(key));
            binds.add(text(key));
        }
        if (words != null) {
            sql.append(" AND ").append(dialect.quoteTextFilter());
            binds.add(text(words));
        }
        if (query.from() != null) {
            sql.append(" AND q.quote_time >= ?");
            binds.add(time(query.from()));
        }
        if (query.to() != null) {
            sql.append(" AND q.quote_time < ?");
            binds.add(time(query.to()));
        }
        if (query.after() != null) {
            sql.append(" AND (q.quote_time < ? OR (q.quote_time = ? AND q.id < ?))");
            binds.add(time(query.after().quoteTime()));
            binds.add(time(query.after().quoteTime()));
            binds.add(text(query.after().quoteId()));
        }
        // one row more than asked tells whether another page exists
        sql.append(" ORDER BY q.quote_time DESC, q.id DESC LIMIT ?");
        binds.add((ps, i) -> ps.setInt(i, query.limit() + 1));

        PreparedStatement ps = session.statement(sql.toString());
        for (int i = 0; i < binds.size(); i++) {
            binds.get(i).bind(ps, i + 1);
        }
        List<QuoteHit> hits = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                hits.add(new QuoteHit(StoredRows.quote(rs, dialect), rs.getString("article_title"),
                        rs.getString("article_url")));
            }
        }
        if (hits.size() <= query.limit()) {
            return new QuotePage(hits, null);
        }
        List<QuoteHit> page = hits.subList(0, query.limit());
        StoredQuote last = page.get(page.size() - 1).quote();
        return new QuotePage(page, new QuoteCursor(last.quoteTime(), last.id()));
    }

    /** Ids of the speakers with this id or this canonical name (case-insensitive); at most {@value #MAX_NAMESAKES}. */
    private List<String> speakerIds(String speaker) throws SQLException {
        PreparedStatement ps = session.statement("SELECT id FROM speakers WHERE id = ? OR name_key = ?"
                + " ORDER BY id LIMIT " + MAX_NAMESAKES);
        ps.setString(1, speaker);
        ps.setString(2, ArticleRows.lookupKey(speaker));
        List<String> ids = new ArrayList<>();
        collect(ps, rs -> ids.add(rs.getString(1)));
        return ids;
    }

    List<StoredSpeaker> speakers(String namePrefix, int limit) throws SQLException {
        List<StoredSpeaker> speakers = new ArrayList<>();
        if (namePrefix == null || namePrefix.isBlank()) {
            PreparedStatement ps = session.statement("SELECT id, canonical_name, aliases, quote_count FROM speakers"
                    + " ORDER BY quote_count DESC, id LIMIT ?");
            ps.setInt(1, limit);
            collect(ps, rs -> speakers.add(StoredRows.speaker(rs)));
            return speakers;
        }
        // the name starts with the prefix, or one of its later words does ("lav" finds "Sergey Lavrov")
        PreparedStatement ps = session.statement("SELECT id, canonical_name, aliases, quote_count FROM speakers"
                + " WHERE name_key LIKE ? ESCAPE '\\' OR name_key LIKE ? ESCAPE '\\'"
                + " ORDER BY quote_count DESC, id LIMIT ?");
        String escaped = likeEscaped(ArticleRows.lookupKey(namePrefix.strip()));
        ps.setString(1, escaped + "%");
        ps.setString(2, "% " + escaped + "%");
        ps.setInt(3, limit);
        collect(ps, rs -> speakers.add(StoredRows.speaker(rs)));
        return speakers;
    }

    List<MonthCount> quotesPerMonth(String speakerId) throws SQLException {
        PreparedStatement ps = session.statement("SELECT " + dialect.monthOf("quote_time") + " AS month, COUNT(*)"
                + " FROM quotes WHERE speaker_id = ? GROUP BY 1 ORDER BY 1");
        ps.setString(1, speakerId);
        List<MonthCount> months = new ArrayList<>();
        collect(ps, rs -> months.add(new MonthCount(rs.getString(1), rs.getLong(2))));
        return months;
    }

    List<TopicCount> topKeyphrasesOfSpeaker(String speakerId, int limit) throws SQLException {
        PreparedStatement ps = session.statement("SELECT MIN(k.phrase), COUNT(DISTINCT k.article_id) AS n"
                + " FROM keyphrases k WHERE k.article_id IN (SELECT article_id FROM quotes WHERE speaker_id = ?)"
                + " GROUP BY k.phrase_key ORDER BY n DESC, k.phrase_key LIMIT ?");
        ps.setString(1, speakerId);
        ps.setInt(2, limit);
        return topics(ps, false);
    }

    List<TopicCount> topKeyphrases(int limit) throws SQLException {
        PreparedStatement ps = session.statement("SELECT MIN(phrase), COUNT(DISTINCT article_id) AS n"
                + " FROM keyphrases GROUP BY phrase_key ORDER BY n DESC, phrase_key LIMIT ?");
        ps.setInt(1, limit);
        return topics(ps, false);
    }

    List<TopicCount> topEntities(int limit) throws SQLException {
        PreparedStatement ps = session.statement("SELECT MIN(name), COUNT(DISTINCT article_id) AS n, type"
                + " FROM entities GROUP BY name_key, type ORDER BY n DESC, name_key, type LIMIT ?");
        ps.setInt(1, limit);
        return topics(ps, true);
    }

    List<TopicCount> topCategories(int limit) throws SQLException {
        PreparedStatement ps = session.statement("SELECT MIN(label), COUNT(*) AS n, code"
                + " FROM categories GROUP BY code ORDER BY n DESC, code LIMIT ?");
        ps.setInt(1, limit);
        return topics(ps, true);
    }

    List<StoredKeyphrase> keyphrasesOf(String articleId) throws SQLException {
        PreparedStatement ps = session.statement("SELECT phrase, score FROM keyphrases WHERE article_id = ?"
                + " ORDER BY score DESC, phrase");
        ps.setString(1, articleId);
        List<StoredKeyphrase> phrases = new ArrayList<>();
        collect(ps, rs -> phrases.add(new StoredKeyphrase(rs.getString(1), rs.getDouble(2))));
        return phrases;
    }

    List<StoredEntity> entitiesOf(String articleId) throws SQLException {
        PreparedStatement ps = session.statement("SELECT name, type, mention_count FROM entities"
                + " WHERE article_id = ? ORDER BY mention_count DESC, type, name");
        ps.setString(1, articleId);
        List<StoredEntity> entities = new ArrayList<>();
        collect(ps, rs -> entities.add(new StoredEntity(rs.getString(1), rs.getString(2), rs.getInt(3))));
        return entities;
    }

    Optional<StoredCategory> categoryOf(String articleId) throws SQLException {
        PreparedStatement ps = session.statement("SELECT code, label, confidence FROM categories WHERE article_id = ?");
        ps.setString(1, articleId);
        List<StoredCategory> found = new ArrayList<>(1);
        collect(ps, rs -> found.add(new StoredCategory(rs.getString(1), rs.getString(2), rs.getDouble(3))));
        return found.stream().findFirst();
    }

    /** True when Flyway recorded {@code version} as successfully applied. */
    boolean hasMigration(String version) throws SQLException {
        PreparedStatement ps = session.statement("SELECT COUNT(*) FROM flyway_schema_history"
                + " WHERE version = ? AND success");
        ps.setString(1, version);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getLong(1) > 0;
        }
    }

    private List<TopicCount> topics(PreparedStatement ps, boolean typed) throws SQLException {
        List<TopicCount> topics = new ArrayList<>();
        collect(ps, rs -> topics.add(new TopicCount(rs.getString(1), typed ? rs.getString(3) : null, rs.getLong(2))));
        return topics;
    }

    private static void collect(PreparedStatement ps, Session.RowHandler handler) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                handler.row(rs);
            }
        }
    }

    static String likeEscaped(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private interface Binder {
        void bind(PreparedStatement ps, int index) throws SQLException;
    }

    private static Binder text(String value) {
        return (ps, i) -> ps.setString(i, value);
    }

    private Binder time(Instant value) {
        return (ps, i) -> dialect.bindInstant(ps, i, value);
    }
}
