package io.newsflow.sink.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsflow.sink.store.ArticleStore;
import io.newsflow.sink.store.QuoteCursor;
import io.newsflow.sink.store.QuotePage;
import io.newsflow.sink.store.QuoteQuery;
import io.newsflow.sink.store.StoreException;
import io.newsflow.sink.store.StoredArticle;
import io.newsflow.sink.store.StoredQuote;
import io.newsflow.sink.store.StoredSpeaker;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers {@code /api/...} (see {@link SinkWeb} for the endpoints). Every answer is JSON: the result with 200,
 * or an {@link ApiError} body with 400/404/405, {@code store-unavailable} with 503 when the database fails, or
 * {@code internal-error} with 500 for anything else (logged).
 */
final class ApiHandler implements HttpHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiHandler.class);

    static final int MAX_ID_LENGTH = 256;
    static final int DEFAULT_PAGE = 50;
    static final int MAX_PAGE = 200;

    private static final List<String> QUOTE_PARAMS =
            List.of("speaker", "entity", "topic", "q", "from", "to", "limit", "cursor");
    private static final List<String> ENDPOINTS = List.of("/api/quotes", "/api/speakers", "/api/speakers/{id}",
            "/api/articles/{id}", "/api/topics");

    private final ArticleStore store;
    private final MeterRegistry registry;

    ApiHandler(ArticleStore store, MeterRegistry registry) {
        this.store = store;
        this.registry = registry;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        long t0 = System.nanoTime();
        String endpoint = "unknown";
        int status;
        ObjectNode body;
        try {
            if (!"GET".equals(ex.getRequestMethod())) {
                ex.getResponseHeaders().set("Allow", "GET");
                throw ApiError.methodNotAllowed(ex.getRequestMethod());
            }
            String path = ex.getRequestURI().getRawPath();
            String query = ex.getRequestURI().getRawQuery();
            endpoint = endpointOf(path);
            body = route(endpoint, path, query);
            status = 200;
        } catch (ApiError e) {
            status = e.status;
            body = JsonViews.error(e);
        } catch (StoreException e) {
            log.warn("API request {} failed: {}", ex.getRequestURI(), e.toString());
            status = 503;
            body = JsonViews.object().put("error", "store-unavailable").putNull("parameter")
                    .put("message", "the store could not answer; retry later");
        } catch (RuntimeException e) {
            // e.g. the store was closed during shutdown; keep the answer JSON like every other one
            log.warn("API request {} failed", ex.getRequestURI(), e);
            status = 500;
            body = JsonViews.object().put("error", "internal-error").putNull("parameter")
                    .put("message", "the request failed: " + e.getClass().getSimpleName());
        }
        // recorded before the reply leaves: a client that reads /metrics right after its request must see it
        if (registry != null) {
            Timer.builder("newsflow.sink.web.requests").description("API requests by endpoint and status")
                    .tag("endpoint", endpoint).tag("status", Integer.toString(status)).register(registry)
                    .record(System.nanoTime() - t0, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
        send(ex, status, body);
    }

    /** A fixed label per route (bounded metric tags): the path with ids replaced by {id}. */
    private static String endpointOf(String path) {
        for (String e : ENDPOINTS) {
            if (e.endsWith("{id}") ? path.startsWith(e.substring(0, e.length() - 4)) : path.equals(e)) {
                return e;
            }
        }
        throw ApiError.notFound("no such endpoint: " + Params.shorten(path) + "; endpoints: "
                + String.join(", ", ENDPOINTS));
    }

    private ObjectNode route(String endpoint, String path, String query) {
        return switch (endpoint) {
            case "/api/quotes" -> quotes(Params.parse(query, QUOTE_PARAMS));
            case "/api/speakers" -> speakers(Params.parse(query, List.of("q", "limit")));
            case "/api/speakers/{id}" -> speaker(idOf(path, "/api/speakers/"), Params.parse(query, List.of("limit")));
            case "/api/articles/{id}" -> article(idOf(path, "/api/articles/"), Params.parse(query, List.of()));
            case "/api/topics" -> topics(Params.parse(query, List.of("limit")));
            default -> throw new IllegalStateException("unrouted endpoint " + endpoint);
        };
    }

    private ObjectNode quotes(Params p) {
        String words = p.text("q");
        if (words != null && words.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw ApiError.badRequest("q", "q must contain at least one letter or digit");
        }
        QuoteCursor after = null;
        if (p.text("cursor") != null) {
            try {
                after = QuoteCursor.decode(p.text("cursor"));
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest("cursor", "cursor must be the 'next' value of a previous /api/quotes"
                        + " answer, unchanged");
            }
        }
        var from = p.time("from", false);
        var to = p.time("to", true);
        if (from != null && to != null && !from.isBefore(to)) {
            throw ApiError.badRequest("to", "to must be after from");
        }
        int limit = p.integer("limit", DEFAULT_PAGE, 1, MAX_PAGE);
        QuotePage page = store.findQuotes(new QuoteQuery(p.text("speaker"), p.text("entity"), p.text("topic"),
                words, from, to, after, limit));
        ObjectNode o = JsonViews.object();
        o.set("quotes", JsonViews.hits(page.quotes()));
        o.put("next", page.next() == null ? null : page.next().encode());
        return o;
    }

    private ObjectNode speakers(Params p) {
        ObjectNode o = JsonViews.object();
        var list = o.putArray("speakers");
        for (StoredSpeaker s : store.speakers(p.text("q"), p.integer("limit", DEFAULT_PAGE, 1, MAX_PAGE))) {
            list.add(JsonViews.speaker(s));
        }
        return o;
    }

    private ObjectNode speaker(String id, Params p) {
        int limit = p.integer("limit", 20, 1, MAX_PAGE);
        StoredSpeaker speaker = store.speaker(id)
                .orElseThrow(() -> ApiError.notFound("no speaker with id '" + Params.shorten(id) + "'"));
        QuotePage recent = store.findQuotes(QuoteQuery.all(limit).withSpeaker(speaker.id()));
        ObjectNode o = JsonViews.speaker(speaker);
        o.set("timeline", JsonViews.months(store.quotesPerMonth(speaker.id())));
        o.set("topTopics", JsonViews.phraseCounts(store.topKeyphrasesOfSpeaker(speaker.id(), 10)));
        o.set("quotes", JsonViews.hits(recent.quotes()));
        // the rest of the quotes: /api/quotes?speaker=<id>&cursor=<next>
        o.put("next", recent.next() == null ? null : recent.next().encode());
        return o;
    }

    private ObjectNode article(String id, Params p) {
        StoredArticle article = store.article(id)
                .orElseThrow(() -> ApiError.notFound("no article with id '" + Params.shorten(id) + "'"));
        ObjectNode o = JsonViews.article(article);
        var quotes = o.putArray("quotes");
        for (StoredQuote q : store.quotesOfArticle(id)) {
            quotes.add(JsonViews.quote(q, article.title(), article.url()));
        }
        o.set("keyphrases", JsonViews.keyphrases(store.keyphrasesOf(id)));
        o.set("entities", JsonViews.entities(store.entitiesOf(id)));
        o.set("category", store.categoryOf(id).map(JsonViews::category).orElse(null));
        return o;
    }

    private ObjectNode topics(Params p) {
        int limit = p.integer("limit", 20, 1, MAX_PAGE);
        ObjectNode o = JsonViews.object();
        o.set("keyphrases", JsonViews.phraseCounts(store.topKeyphrases(limit)));
        o.set("entities", JsonViews.entityCounts(store.topEntities(limit)));
        o.set("categories", JsonViews.categoryCounts(store.topCategories(limit)));
        return o;
    }

    /** The one path segment after {@code prefix}, percent-decoded ('+' stays a plus sign in a path). */
    private static String idOf(String path, String prefix) {
        String raw = path.substring(prefix.length());
        if (raw.isEmpty() || raw.contains("/")) {
            throw ApiError.badRequest("id", "the path must be " + prefix + "{id} with one non-empty id segment");
        }
        String id;
        try {
            id = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("id", "malformed percent-encoding in the id");
        }
        if (id.length() > MAX_ID_LENGTH) {
            throw ApiError.badRequest("id", "ids are at most " + MAX_ID_LENGTH + " characters");
        }
        return id;
    }

    private static void send(HttpExchange ex, int status, ObjectNode body) throws IOException {
        byte[] bytes;
        try {
            bytes = JsonViews.MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IOException("cannot write JSON", e);
        }
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
