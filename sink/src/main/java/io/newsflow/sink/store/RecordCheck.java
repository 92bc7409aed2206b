package io.newsflow.sink.store;

import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.Keyphrase;
import io.newsflow.schemas.avro.Quote;
import java.util.List;
import java.util.Optional;

/**
 * Finds records the store cannot write: missing required values (which Avro itself would refuse to
 * serialise) and ids that are too long to be the hashes they are meant to be.
 */
final class RecordCheck {

    static final int MAX_ID_LENGTH = 256;

    private RecordCheck() {}

    static Optional<String> problemWith(EnrichedArticle record) {
        if (record == null) {
            return Optional.of("record is null");
        }
        Article a = record.getArticle();
        if (a == null) {
            return Optional.of("article is null");
        }
        String id = a.getId();
        if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH) {
            return Optional.of("article id is blank or longer than " + MAX_ID_LENGTH);
        }
        if (a.getUrl() == null || a.getCanonicalUrl() == null || a.getSource() == null
                || a.getFetchedAt() == null || a.getContentHash() == null || a.getCleanerVersion() == null
                || a.getParagraphs() == null) {
            return Optional.of("article " + id + " lacks a required field");
        }
        if (record.getExtractorVersion() == null || record.getEnrichedAt() == null) {
            return Optional.of("article " + id + " lacks extractorVersion or enrichedAt");
        }
        return problemInChildren(id, record);
    }

    private static Optional<String> problemInChildren(String id, EnrichedArticle record) {
        List<Quote> quotes = record.getQuotes();
        if (quotes == null || record.getKeyphrases() == null) {
            return Optional.of("article " + id + " lacks its quote or keyphrase list");
        }
        for (Quote q : quotes) {
            if (q == null || q.getId() == null || q.getId().isBlank() || q.getId().length() > MAX_ID_LENGTH
                    || q.getText() == null || q.getKind() == null) {
                return Optional.of("article " + id + " has a quote without id (max " + MAX_ID_LENGTH
                        + " chars), text or kind");
            }
            if (q.getSpeakerId() != null && q.getSpeakerId().length() > MAX_ID_LENGTH) {
                return Optional.of("article " + id + " has a speaker id longer than " + MAX_ID_LENGTH);
            }
        }
        for (Keyphrase k : record.getKeyphrases()) {
            if (k == null || k.getPhrase() == null) {
                return Optional.of("article " + id + " has a keyphrase without phrase");
            }
        }
        if (record.getEntities() != null) {
            for (Entity e : record.getEntities()) {
                if (e == null || e.getName() == null || e.getType() == null) {
                    return Optional.of("article " + id + " has an entity without name or type");
                }
            }
        }
        if (record.getCategory() != null
                && (record.getCategory().getCode() == null || record.getCategory().getLabel() == null)) {
            return Optional.of("article " + id + " has a category without code or label");
        }
        return Optional.empty();
    }
}
