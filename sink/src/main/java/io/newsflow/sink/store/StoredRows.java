package io.newsflow.sink.store;

import io.newsflow.common.json.Json;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Column lists and the mapping from result rows to the public Stored* records. */
final class StoredRows {

    static final String QUOTE_COLUMNS = "q.id, q.article_id, q.text, q.kind, q.start_offset, q.end_offset,"
            + " q.speaker_mention, q.speaker, q.speaker_id, q.speaker_role, q.cue, q.extractor_version,"
            + " q.quote_time";

    static final String ARTICLE_COLUMNS = "id, url, canonical_url, title, byline, published_at, modified_at,"
            + " language, body, source, fetched_at, content_hash, cleaner_version, extractor_version,"
            + " enriched_at, quote_count";

    private StoredRows() {}

    static StoredQuote quote(ResultSet rs, Dialect dialect) throws SQLException {
        return new StoredQuote(rs.getString("id"), rs.getString("article_id"), rs.getString("text"),
                rs.getString("kind"), rs.getInt("start_offset"), rs.getInt("end_offset"),
                rs.getString("speaker_mention"), rs.getString("speaker"), rs.getString("speaker_id"),
                rs.getString("speaker_role"), rs.getString("cue"), rs.getString("extractor_version"),
                dialect.readInstant(rs, "quote_time"));
    }

    static StoredArticle article(ResultSet rs, Dialect dialect) throws SQLException {
        return new StoredArticle(rs.getString("id"), rs.getString("url"), rs.getString("canonical_url"),
                rs.getString("title"), rs.getString("byline"), dialect.readInstant(rs, "published_at"),
                dialect.readInstant(rs, "modified_at"), rs.getString("language"), rs.getString("body"),
                rs.getString("source"), dialect.readInstant(rs, "fetched_at"), rs.getString("content_hash"),
                rs.getString("cleaner_version"), rs.getString("extractor_version"),
                dialect.readInstant(rs, "enriched_at"), rs.getInt("quote_count"));
    }

    static StoredSpeaker speaker(ResultSet rs) throws SQLException {
        return new StoredSpeaker(rs.getString("id"), rs.getString("canonical_name"),
                Json.parseStringArray(rs.getString("aliases")), rs.getInt("quote_count"));
    }
}
