package io.newsflow.sink.store;

import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.Category;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.Keyphrase;
import io.newsflow.schemas.avro.Quote;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes one batch inside the caller's transaction: reads (and on PostgreSQL locks) the stored versions,
 * plans, deletes the child rows of every replaced article, upserts articles and inserts children with JDBC
 * batches, then recomputes the touched speakers. The caller commits or rolls back.
 */
final class BatchWriter {

    private static final String UPSERT_ARTICLE = "INSERT INTO articles (" + StoredRows.ARTICLE_COLUMNS + ")"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET"
            + " url = excluded.url, canonical_url = excluded.canonical_url, title = excluded.title,"
            + " byline = excluded.byline, published_at = excluded.published_at,"
            + " modified_at = excluded.modified_at, language = excluded.language, body = excluded.body,"
            + " source = excluded.source, fetched_at = excluded.fetched_at,"
            + " content_hash = excluded.content_hash, cleaner_version = excluded.cleaner_version,"
            + " extractor_version = excluded.extractor_version, enriched_at = excluded.enriched_at,"
            + " quote_count = excluded.quote_count";

    private static final String UPSERT_QUOTE = "INSERT INTO quotes (id, article_id, text, kind, start_offset,"
            + " end_offset, speaker_mention, speaker, speaker_id, speaker_role, cue, extractor_version, quote_time)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET"
            + " article_id = excluded.article_id, text = excluded.text, kind = excluded.kind,"
            + " start_offset = excluded.start_offset, end_offset = excluded.end_offset,"
            + " speaker_mention = excluded.speaker_mention, speaker = excluded.speaker,"
            + " speaker_id = excluded.speaker_id, speaker_role = excluded.speaker_role, cue = excluded.cue,"
            + " extractor_version = excluded.extractor_version, quote_time = excluded.quote_time";

    private static final String UPSERT_KEYPHRASE = "INSERT INTO keyphrases (article_id, phrase, phrase_key, score)"
            + " VALUES (?,?,?,?) ON CONFLICT (article_id, phrase) DO UPDATE SET"
            + " phrase_key = excluded.phrase_key, score = excluded.score";

    private static final String UPSERT_ENTITY = "INSERT INTO entities (article_id, name, type, name_key,"
            + " mention_count, mentions) VALUES (?,?,?,?,?,?) ON CONFLICT (article_id, type, name) DO UPDATE SET"
            + " name_key = excluded.name_key, mention_count = excluded.mention_count, mentions = excluded.mentions";

    private static final String UPSERT_CATEGORY = "INSERT INTO categories (article_id, code, label, confidence)"
            + " VALUES (?,?,?,?) ON CONFLICT (article_id) DO UPDATE SET"
            + " code = excluded.code, label = excluded.label, confidence = excluded.confidence";

    private static final List<String> CHILD_TABLES = List.of("quotes", "keyphrases", "entities", "categories");

    private final Session session;
    private final Dialect dialect;

    BatchWriter(Session session) {
        this.session = session;
        this.dialect = session.dialect;
    }

    WriteResult write(List<EnrichedArticle> batch) throws SQLException {
        BatchPlan plan = BatchPlan.of(batch, storedVersions(batch));
        if (plan.winners().isEmpty()) {
            return plan.result();
        }
        List<String> ids = plan.winnerIds();
        Set<String> touchedSpeakers = new TreeSet<>(speakersOfStoredQuotes(ids));
        deleteChildren(ids);
        upsertArticles(plan.winners());
        insertChildren(plan.winners(), touchedSpeakers);
        new SpeakerTally(session).recompute(new ArrayList<>(touchedSpeakers));
        return plan.result();
    }

    private Map<String, String> storedVersions(List<EnrichedArticle> batch) throws SQLException {
        List<String> ids = new ArrayList<>(new TreeSet<>(batch.stream().map(r -> r.getArticle().getId()).toList()));
        // lock first, read after: the version check then sees every concurrent writer's committed result
        dialect.lockKeys(session, Dialect.ARTICLE_LOCKS, ids);
        Map<String, String> versions = new HashMap<>();
        session.queryIn("SELECT id, extractor_version FROM articles WHERE id IN ", "", ids,
                rs -> versions.put(rs.getString(1), rs.getString(2)));
        return versions;
    }

    private List<String> speakersOfStoredQuotes(List<String> articleIds) throws SQLException {
        List<String> speakers = new ArrayList<>();
        session.queryIn("SELECT DISTINCT speaker_id FROM quotes WHERE speaker_id IS NOT NULL AND article_id IN ",
                "", articleIds, rs -> speakers.add(rs.getString(1)));
        return speakers;
    }

    private void deleteChildren(List<String> articleIds) throws SQLException {
        for (String table : CHILD_TABLES) {
            PreparedStatement ps = session.statement("DELETE FROM " + table + " WHERE article_id = ?");
            for (String id : articleIds) {
                ps.setString(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void upsertArticles(List<ArticleRows> winners) throws SQLException {
        PreparedStatement ps = session.statement(UPSERT_ARTICLE);
        for (ArticleRows rows : winners) {
            Article a = rows.record().getArticle();
            ps.setString(1, a.getId());
            ps.setString(2, Text.shortText(a.getUrl()));
            ps.setString(3, Text.shortText(a.getCanonicalUrl()));
            ps.setString(4, Text.shortText(a.getTitle()));
            ps.setString(5, Text.shortText(a.getByline()));
            dialect.bindInstant(ps, 6, a.getPublishedAt());
            dialect.bindInstant(ps, 7, a.getModifiedAt());
            ps.setString(8, Text.shortText(a.getLanguage()));
            ps.setString(9, rows.body());
            ps.setString(10, Text.shortText(a.getSource()));
            dialect.bindInstant(ps, 11, a.getFetchedAt());
            ps.setString(12, Text.shortText(a.getContentHash()));
            ps.setString(13, Text.shortText(a.getCleanerVersion()));
            ps.setString(14, Text.shortText(rows.extractorVersion()));
            dialect.bindInstant(ps, 15, rows.record().getEnrichedAt());
            ps.setInt(16, rows.quotes().size());
            ps.addBatch();
        }
        ps.executeBatch();
    }

    private void insertChildren(List<ArticleRows> winners, Set<String> touchedSpeakers) throws SQLException {
        PreparedStatement quotes = session.statement(UPSERT_QUOTE);
        PreparedStatement keyphrases = session.statement(UPSERT_KEYPHRASE);
        PreparedStatement entities = session.statement(UPSERT_ENTITY);
        PreparedStatement categories = session.statement(UPSERT_CATEGORY);
        // a quote id should never occur in two articles (it hashes the article id); if it does, the later
        // article keeps it, and one statement batch must not upsert the same key twice (PostgreSQL rewrite)
        Set<String> quoteIds = new HashSet<>();
        for (ArticleRows rows : winners) {
            for (Quote q : rows.quotes()) {
                if (quoteIds.add(q.getId())) {
                    bindQuote(quotes, rows, q);
                    quotes.addBatch();
                }
            }
            touchedSpeakers.addAll(rows.speakerIds());
            for (Keyphrase k : rows.keyphrases()) {
                keyphrases.setString(1, rows.articleId());
                keyphrases.setString(2, Text.bounded(k.getPhrase(), Text.MAX_KEY_PART));
                keyphrases.setString(3, ArticleRows.lookupKey(k.getPhrase()));
                keyphrases.setDouble(4, finite(k.getScore()));
                keyphrases.addBatch();
            }
            for (Entity e : rows.entities()) {
                entities.setString(1, rows.articleId());
                entities.setString(2, Text.bounded(e.getName(), Text.MAX_KEY_PART));
                entities.setString(3, e.getType().name());
                entities.setString(4, ArticleRows.lookupKey(e.getName()));
                entities.setInt(5, ArticleRows.mentionCount(e));
                entities.setString(6, ArticleRows.mentionsJson(e.getMentions()));
                entities.addBatch();
            }
            Category c = rows.category();
            if (c != null) {
                categories.setString(1, rows.articleId());
                categories.setString(2, Text.shortText(c.getCode()));
                categories.setString(3, Text.shortText(c.getLabel()));
                categories.setDouble(4, finite(c.getConfidence()));
                categories.addBatch();
            }
        }
        quotes.executeBatch();
        keyphrases.executeBatch();
        entities.executeBatch();
        categories.executeBatch();
    }

    private void bindQuote(PreparedStatement ps, ArticleRows rows, Quote q) throws SQLException {
        ps.setString(1, q.getId());
        ps.setString(2, rows.articleId());
        ps.setString(3, Text.bounded(q.getText(), Text.MAX_QUOTE));
        ps.setString(4, q.getKind().name());
        ps.setInt(5, q.getStart());
        ps.setInt(6, q.getEnd());
        ps.setString(7, Text.shortText(q.getSpeakerMention()));
        ps.setString(8, Text.shortText(q.getSpeaker()));
        if (q.getSpeakerId() == null) {
            ps.setNull(9, Types.VARCHAR);
        } else {
            ps.setString(9, q.getSpeakerId());
        }
        ps.setString(10, Text.shortText(q.getSpeakerRole()));
        ps.setString(11, Text.shortText(q.getCue()));
        ps.setString(12, Text.shortText(q.getExtractorVersion() != null ? q.getExtractorVersion()
                : rows.extractorVersion()));
        dialect.bindInstant(ps, 13, rows.quoteTime());
    }

    /** NaN and infinities are not valid in PostgreSQL JSON/ordering and mean "no score"; store 0. */
    private static double finite(double value) {
        return Double.isFinite(value) ? value : 0.0;
    }
}
