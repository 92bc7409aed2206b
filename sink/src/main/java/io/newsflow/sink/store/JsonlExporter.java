package io.newsflow.sink.store;

import io.newsflow.common.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Exports a store as JSON Lines: one object per line, {@code \n} separated, every key always present
 * ({@code null} when empty), times as ISO-8601 UTC strings, rows in a stable order (quotes by article id, start
 * offset, id; articles by id). Rows are streamed, so the export size is not bounded by memory.
 *
 * <p>Quote lines: {@code id, articleId, articleUrl, articleTitle, text, kind, start, end, speakerMention, speaker,
 * speakerId, speakerRole, cue, extractorVersion, quoteTime}. Article lines: {@code id, url, canonicalUrl, title,
 * byline, publishedAt, modifiedAt, language, source, fetchedAt, contentHash, cleanerVersion, extractorVersion,
 * enrichedAt, quoteCount, categoryCode, categoryLabel, categoryConfidence, body}.
 *
 * <p>Failure behaviour: write errors propagate as {@link IOException}; database errors as {@link StoreException}.
 * The writer is flushed, never closed.
 */
public final class JsonlExporter {

    private static final String QUOTES_SQL = "SELECT " + StoredRows.QUOTE_COLUMNS + ", a.url AS article_url,"
            + " a.title AS article_title FROM quotes q JOIN articles a ON a.id = q.article_id"
            + " ORDER BY q.article_id, q.start_offset, q.id";

    private static final String ARTICLES_SQL = "SELECT a.*, c.code AS category_code, c.label AS category_label,"
            + " c.confidence AS category_confidence FROM articles a LEFT JOIN categories c ON c.article_id = a.id"
            + " ORDER BY a.id";

    private final JdbcArticleStore store;

    public JsonlExporter(JdbcArticleStore store) {
        this.store = store;
    }

    /** Writes one line per stored quote; returns the number of lines. */
    public long exportQuotes(Writer out) throws IOException {
        Dialect dialect = store.dialect();
        return export(out, QUOTES_SQL, (rs, line) -> {
            StoredQuote q = StoredRows.quote(rs, dialect);
            field(line, "id", q.id());
            field(line, "articleId", q.articleId());
            field(line, "articleUrl", rs.getString("article_url"));
            field(line, "articleTitle", rs.getString("article_title"));
            field(line, "text", q.text());
            field(line, "kind", q.kind());
            number(line, "start", q.start());
            number(line, "end", q.end());
            field(line, "speakerMention", q.speakerMention());
            field(line, "speaker", q.speaker());
            field(line, "speakerId", q.speakerId());
            field(line, "speakerRole", q.speakerRole());
            field(line, "cue", q.cue());
            field(line, "extractorVersion", q.extractorVersion());
            time(line, "quoteTime", q.quoteTime());
        });
    }

    /** Writes one line per stored article (with its category, without keyphrases/entities); returns the count. */
    public long exportArticles(Writer out) throws IOException {
        Dialect dialect = store.dialect();
        return export(out, ARTICLES_SQL, (rs, line) -> {
            StoredArticle a = StoredRows.article(rs, dialect);
            field(line, "id", a.id());
            field(line, "url", a.url());
            field(line, "canonicalUrl", a.canonicalUrl());
            field(line, "title", a.title());
            field(line, "byline", a.byline());
            time(line, "publishedAt", a.publishedAt());
            time(line, "modifiedAt", a.modifiedAt());
            field(line, "language", a.language());
            field(line, "source", a.source());
            time(line, "fetchedAt", a.fetchedAt());
            field(line, "contentHash", a.contentHash());
            field(line, "cleanerVersion", a.cleanerVersion());
            field(line, "extractorVersion", a.extractorVersion());
            time(line, "enrichedAt", a.enrichedAt());
            number(line, "quoteCount", a.quoteCount());
            field(line, "categoryCode", rs.getString("category_code"));
            field(line, "categoryLabel", rs.getString("category_label"));
            double confidence = rs.getDouble("category_confidence");
            line.append(",\"categoryConfidence\":").append(rs.wasNull() ? "null" : Double.toString(confidence));
            field(line, "body", a.body());
        });
    }

    private interface LineWriter {
        void write(ResultSet rs, StringBuilder line) throws SQLException;
    }

    private long export(Writer out, String sql, LineWriter lineWriter) throws IOException {
        long[] lines = {0};
        StringBuilder line = new StringBuilder(1024);
        try {
            store.forEachRow(sql, rs -> {
                line.setLength(0);
                line.append('{');
                lineWriter.write(rs, line);
                line.append("}\n");
                try {
                    out.write(line.toString());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                lines[0]++;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
        return lines[0];
    }

    private static void field(StringBuilder line, String name, String value) {
        if (line.length() > 1) {
            line.append(',');
        }
        line.append('"').append(name).append("\":");
        Json.appendQuoted(line, value);
    }

    private static void number(StringBuilder line, String name, long value) {
        line.append(",\"").append(name).append("\":").append(value);
    }

    private static void time(StringBuilder line, String name, Instant value) {
        field(line, name, value == null ? null : value.toString());
    }
}
