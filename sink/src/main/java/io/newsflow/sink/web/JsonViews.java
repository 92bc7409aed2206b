package io.newsflow.sink.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.sink.store.MonthCount;
import io.newsflow.sink.store.QuoteHit;
import io.newsflow.sink.store.StoredArticle;
import io.newsflow.sink.store.StoredCategory;
import io.newsflow.sink.store.StoredEntity;
import io.newsflow.sink.store.StoredKeyphrase;
import io.newsflow.sink.store.StoredQuote;
import io.newsflow.sink.store.StoredSpeaker;
import io.newsflow.sink.store.TopicCount;
import java.time.Instant;
import java.util.List;

/**
 * The API's JSON shapes, built field by field so names and order are part of the code, not of reflection. Every
 * field is always present ({@code null} when unknown); times are ISO-8601 UTC strings.
 */
final class JsonViews {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonViews() {}

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Quote fields: id, articleId, articleTitle, articleUrl, text, kind, start, end, speaker, speakerId,
     * speakerMention, speakerRole, cue, quoteTime, extractorVersion. */
    static ObjectNode quote(StoredQuote q, String articleTitle, String articleUrl) {
        ObjectNode o = object();
        o.put("id", q.id());
        o.put("articleId", q.articleId());
        o.put("articleTitle", articleTitle);
        o.put("articleUrl", articleUrl);
        o.put("text", q.text());
        o.put("kind", q.kind());
        o.put("start", q.start());
        o.put("end", q.end());
        o.put("speaker", q.speaker());
        o.put("speakerId", q.speakerId());
        o.put("speakerMention", q.speakerMention());
        o.put("speakerRole", q.speakerRole());
        o.put("cue", q.cue());
        o.put("quoteTime", time(q.quoteTime()));
        o.put("extractorVersion", q.extractorVersion());
        return o;
    }

    static ArrayNode hits(List<QuoteHit> hits) {
        ArrayNode a = MAPPER.createArrayNode();
        for (QuoteHit h : hits) {
            a.add(quote(h.quote(), h.articleTitle(), h.articleUrl()));
        }
        return a;
    }

    /** Speaker fields: id, name (canonical, may be null), aliases, quoteCount. */
    static ObjectNode speaker(StoredSpeaker s) {
        ObjectNode o = object();
        o.put("id", s.id());
        o.put("name", s.canonicalName());
        ArrayNode aliases = o.putArray("aliases");
        s.aliases().forEach(aliases::add);
        o.put("quoteCount", s.quoteCount());
        return o;
    }

    /** Article fields, then {@code text} (the string quote offsets index) and {@code paragraphs}. */
    static ObjectNode article(StoredArticle a) {
        ObjectNode o = object();
        o.put("id", a.id());
        o.put("url", a.url());
        o.put("canonicalUrl", a.canonicalUrl());
        o.put("title", a.title());
        o.put("byline", a.byline());
        o.put("publishedAt", time(a.publishedAt()));
        o.put("modifiedAt", time(a.modifiedAt()));
        o.put("language", a.language());
        o.put("source", a.source());
        o.put("fetchedAt", time(a.fetchedAt()));
        o.put("extractorVersion", a.extractorVersion());
        o.put("enrichedAt", time(a.enrichedAt()));
        o.put("quoteCount", a.quoteCount());
        // quote offsets index title + '\n' + paragraphs joined by '\n' (the body) when there is a title
        o.put("text", a.title() == null ? a.body() : a.title() + "\n" + a.body());
        ArrayNode paragraphs = o.putArray("paragraphs");
        if (!a.body().isEmpty()) {
            for (String p : a.body().split("\n", -1)) {
                paragraphs.add(p);
            }
        }
        return o;
    }

    static ArrayNode keyphrases(List<StoredKeyphrase> phrases) {
        ArrayNode a = MAPPER.createArrayNode();
        for (StoredKeyphrase k : phrases) {
            a.addObject().put("phrase", k.phrase()).put("score", k.score());
        }
        return a;
    }

    static ArrayNode entities(List<StoredEntity> entities) {
        ArrayNode a = MAPPER.createArrayNode();
        for (StoredEntity e : entities) {
            a.addObject().put("name", e.name()).put("type", e.type()).put("mentions", e.mentionCount());
        }
        return a;
    }

    static ObjectNode category(StoredCategory c) {
        return object().put("code", c.code()).put("label", c.label()).put("confidence", c.confidence());
    }

    /** Keyphrase counts: phrase, articles. */
    static ArrayNode phraseCounts(List<TopicCount> topics) {
        ArrayNode a = MAPPER.createArrayNode();
        for (TopicCount t : topics) {
            a.addObject().put("phrase", t.name()).put("articles", t.articles());
        }
        return a;
    }

    /** Entity counts: name, type, articles. */
    static ArrayNode entityCounts(List<TopicCount> topics) {
        ArrayNode a = MAPPER.createArrayNode();
        for (TopicCount t : topics) {
            a.addObject().put("name", t.name()).put("type", t.type()).put("articles", t.articles());
        }
        return a;
    }

    /** Category counts: code, label, articles. */
    static ArrayNode categoryCounts(List<TopicCount> topics) {
        ArrayNode a = MAPPER.createArrayNode();
        for (TopicCount t : topics) {
            a.addObject().put("code", t.type()).put("label", t.name()).put("articles", t.articles());
        }
        return a;
    }

    static ArrayNode months(List<MonthCount> months) {
        ArrayNode a = MAPPER.createArrayNode();
        for (MonthCount m : months) {
            a.addObject().put("month", m.month()).put("quotes", m.quotes());
        }
        return a;
    }

    static ObjectNode error(ApiError e) {
        return object().put("error", e.error).put("parameter", e.parameter).put("message", e.getMessage());
    }

    private static String time(Instant t) {
        return t == null ? null : t.toString();
    }
}
