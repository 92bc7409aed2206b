package io.newsflow.sink.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.common.http.HttpEndpoints;
import io.newsflow.sink.store.ArticleStore;
import java.util.Objects;

/**
 * The sink's HTTP API and web page over an {@link ArticleStore}, added to the process's {@link HttpEndpoints}
 * (next to {@code /metrics}, {@code /healthz}, {@code /readyz}). Read-only: nothing here writes to the store.
 *
 * <p>Endpoints (GET only; JSON; every field always present, {@code null} when unknown; times ISO-8601 UTC):
 * <ul>
 *   <li>{@code /api/quotes?speaker=&entity=&topic=&q=&from=&to=&limit=&cursor=}: quotes newest first
 *       ({@code quoteTime} then {@code id}, both descending), {@code limit} 1..200 (default 50). Answer
 *       {@code {"quotes": [...], "next": cursor|null}}; pass {@code next} back as {@code cursor} with the same
 *       filters for the following page. {@code speaker} is a speaker id or canonical name, {@code entity} an
 *       entity name, {@code topic} a keyphrase or category label (all case-insensitive, exact), {@code q} words
 *       that must all occur in the quote (stemmed full-text), {@code from}/{@code to} a date ({@code 2024-03-01},
 *       UTC; {@code to} includes that day) or an instant; {@code from} inclusive, {@code to} exclusive.
 *   <li>{@code /api/speakers?q=&limit=}: speakers by quote count; {@code q} a name (or name word) prefix.
 *   <li>{@code /api/speakers/{id}?limit=}: the speaker, {@code timeline} (quotes per month), {@code topTopics}
 *       (keyphrases of the articles quoting them), their newest {@code quotes} and {@code next}.
 *   <li>{@code /api/articles/{id}}: the article with {@code text} (what quote offsets index: title, '\n',
 *       paragraphs joined by '\n'), {@code paragraphs}, {@code quotes} (by offset), {@code keyphrases},
 *       {@code entities}, {@code category}.
 *   <li>{@code /api/topics?limit=}: top {@code keyphrases}, {@code entities} and {@code categories} by articles.
 * </ul>
 * Errors: 400 {@code {"error":"bad-request","parameter":name,"message":what is allowed}} for unknown, repeated,
 * too long (over 500 characters) or malformed parameters; 404 {@code not-found} for unknown ids and paths; 405
 * for other methods; 503 {@code store-unavailable} when the database fails.
 *
 * <p>The page ({@code /}, {@code /speaker.html}, {@code /article.html}, plain HTML/JS/CSS from the jar) uses only
 * this API. Readiness: {@code /readyz} reports {@code store} ready only while the database answers and has
 * every migration applied ({@link ArticleStore#isMigrated}).
 */
public final class SinkWeb {

    private final ArticleStore store;
    private final MeterRegistry registry;

    /** @param registry where request timers ({@code newsflow.sink.web.requests}) go; null for none */
    public SinkWeb(ArticleStore store, MeterRegistry registry) {
        this.store = Objects.requireNonNull(store, "store");
        this.registry = registry;
    }

    public SinkWeb(ArticleStore store) {
        this(store, null);
    }

    /**
     * Registers {@code /api/} and {@code /} (the page; also the catch-all 404) and the {@code store} readiness
     * check. Call before {@link HttpEndpoints#start()}.
     *
     * @throws IllegalStateException when the page's files are missing from the jar
     */
    public void addTo(HttpEndpoints http) {
        http.route("/api/", new ApiHandler(store, registry));
        http.route("/", new StaticAssets());
        http.addReadiness("store", store::isMigrated);
    }
}
