package io.newsflow.sink.store;

import io.newsflow.common.json.Json;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.Category;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.Keyphrase;
import io.newsflow.schemas.avro.Mention;
import io.newsflow.schemas.avro.Quote;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rows one accepted record becomes, bounded and de-duplicated by key (last occurrence wins, as an upsert
 * would). Quotes always belong to the enclosing article, whatever their own articleId says.
 */
record ArticleRows(
        EnrichedArticle record,
        String body,
        Instant quoteTime,
        List<Quote> quotes,
        List<Keyphrase> keyphrases,
        List<Entity> entities) {

    static final int MAX_QUOTES = 5_000;
    static final int MAX_KEYPHRASES = 1_000;
    static final int MAX_ENTITIES = 5_000;
    static final int MAX_MENTIONS_STORED = 200;

    static ArticleRows of(EnrichedArticle record) {
        Article a = record.getArticle();
        Instant time = a.getPublishedAt() != null ? a.getPublishedAt() : a.getFetchedAt();
        return new ArticleRows(record, body(a.getParagraphs()), time, quotes(record.getQuotes()),
                keyphrases(record.getKeyphrases()), entities(record.getEntities()));
    }

    String articleId() {
        return record.getArticle().getId();
    }

    String extractorVersion() {
        return record.getExtractorVersion();
    }

    Category category() {
        return record.getCategory();
    }

    private static String body(List<String> paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            if (p == null) {
                continue;
            }
            if (!body.isEmpty()) {
                body.append('\n');
            }
            body.append(p);
            if (body.length() > Text.MAX_BODY) {
                break;
            }
        }
        return Text.bounded(body.toString(), Text.MAX_BODY);
    }

    private static List<Quote> quotes(List<Quote> quotes) {
        Map<String, Quote> byId = new LinkedHashMap<>();
        for (Quote q : quotes) {
            if (byId.size() >= MAX_QUOTES && !byId.containsKey(q.getId())) {
                break;
            }
            byId.put(q.getId(), q);
        }
        return List.copyOf(byId.values());
    }

    private static List<Keyphrase> keyphrases(List<Keyphrase> keyphrases) {
        Map<String, Keyphrase> byPhrase = new LinkedHashMap<>();
        for (Keyphrase k : keyphrases) {
            String phrase = Text.bounded(k.getPhrase(), Text.MAX_KEY_PART);
            if (byPhrase.size() >= MAX_KEYPHRASES && !byPhrase.containsKey(phrase)) {
                break;
            }
            byPhrase.put(phrase, k);
        }
        return List.copyOf(byPhrase.values());
    }

    private static List<Entity> entities(List<Entity> entities) {
        if (entities == null) {
            return List.of();
        }
        Map<String, Entity> byKey = new LinkedHashMap<>();
        for (Entity e : entities) {
            String key = e.getType().name() + '\u0001' + Text.bounded(e.getName(), Text.MAX_KEY_PART);
            if (byKey.size() >= MAX_ENTITIES && !byKey.containsKey(key)) {
                break;
            }
            byKey.put(key, e);
        }
        return List.copyOf(byKey.values());
    }

    static String lookupKey(String s) {
        return Text.bounded(s, Text.MAX_KEY_PART).toLowerCase(Locale.ROOT);
    }

    static String mentionsJson(List<Mention> mentions) {
        if (mentions == null) {
            return "[]";
        }
        StringBuilder out = new StringBuilder("[");
        int n = 0;
        for (Mention m : mentions) {
            if (m == null || n == MAX_MENTIONS_STORED) {
                continue;
            }
            if (n++ > 0) {
                out.append(',');
            }
            out.append("{\"text\":");
            Json.appendQuoted(out, Text.shortText(m.getText()));
            out.append(",\"start\":").append(m.getStart()).append(",\"end\":").append(m.getEnd()).append('}');
        }
        return out.append(']').toString();
    }

    static int mentionCount(Entity e) {
        return e.getMentions() == null ? 0 : e.getMentions().size();
    }

    /** Speaker ids named by these rows' quotes. */
    List<String> speakerIds() {
        List<String> ids = new ArrayList<>();
        for (Quote q : quotes) {
            if (q.getSpeakerId() != null) {
                ids.add(q.getSpeakerId());
            }
        }
        return ids;
    }
}
