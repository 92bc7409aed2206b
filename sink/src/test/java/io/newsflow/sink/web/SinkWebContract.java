package io.newsflow.sink.web;

import static io.newsflow.sink.web.WebFixtures.BLINKEN_GENEVA;
import static io.newsflow.sink.web.WebFixtures.LAVROV_GENEVA;
import static io.newsflow.sink.web.WebFixtures.LAVROV_GRAIN;
import static io.newsflow.sink.web.WebFixtures.LAVROV_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.sink.store.JdbcArticleStore;
import io.newsflow.sink.store.StoreSettings;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The HTTP API over a real store filled with {@link WebFixtures}; each subclass supplies a database. The store
 * is filled once per class and only read by the tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SinkWebContract {

    private JdbcArticleStore store;
    private TestServer server;

    /** The JDBC URL of an empty database for this class. */
    protected abstract String freshStoreUrl() throws Exception;

    @BeforeAll
    void startServer() throws Exception {
        store = JdbcArticleStore.open(StoreSettings.of(freshStoreUrl()));
        store.write(WebFixtures.all());
        server = new TestServer(store);
    }

    @AfterAll
    void stopServer() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private JsonNode ok(String pathAndQuery) throws Exception {
        TestServer.Reply r = server.get(pathAndQuery);
        assertThat(r.status()).as("%s -> %s", pathAndQuery, r.body()).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo("application/json; charset=utf-8");
        return r.json();
    }

    private static List<String> texts(JsonNode quotes) {
        return StreamSupport.stream(quotes.spliterator(), false).map(q -> q.get("text").asText()).toList();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void quotesBySpeakerNameAreNewestFirstWithEveryField() throws Exception {
        JsonNode page = ok("/api/quotes?speaker=" + enc("sergey LAVROV"));

        assertThat(texts(page.get("quotes"))).containsExactly(LAVROV_GRAIN, LAVROV_GENEVA);
        assertThat(page.get("next").isNull()).isTrue();
        JsonNode first = page.get("quotes").get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("id", "articleId", "articleTitle", "articleUrl",
                "text", "kind", "start", "end", "speaker", "speakerId", "speakerMention", "speakerRole", "cue",
                "quoteTime", "extractorVersion");
        assertThat(first.get("id").asText()).isEqualTo("grain-corridor-q0");
        assertThat(first.get("articleTitle").asText()).isEqualTo("Black Sea grain talks stall again");
        assertThat(first.get("articleUrl").asText()).isEqualTo("https://news.example.org/grain-corridor");
        assertThat(first.get("speaker").asText()).isEqualTo("Sergey Lavrov");
        assertThat(first.get("speakerId").asText()).isEqualTo(LAVROV_ID);
        assertThat(first.get("speakerRole").isNull()).isTrue();
        assertThat(first.get("quoteTime").asText()).isEqualTo("2024-04-10T14:00:00Z");
    }

    @Test
    void speakerFilterAcceptsTheSpeakerId() throws Exception {
        assertThat(texts(ok("/api/quotes?speaker=" + LAVROV_ID).get("quotes")))
                .containsExactly(LAVROV_GRAIN, LAVROV_GENEVA);
    }

    @Test
    void filtersByEntityTopicWordsAndTimeCombine() throws Exception {
        assertThat(texts(ok("/api/quotes?entity=geneva").get("quotes")))
                .containsExactlyInAnyOrder(LAVROV_GENEVA, BLINKEN_GENEVA);
        assertThat(texts(ok("/api/quotes?topic=" + enc("Grain Deal")).get("quotes"))).containsExactly(LAVROV_GRAIN);
        assertThat(texts(ok("/api/quotes?topic=environment").get("quotes")))
                .containsExactly(WebFixtures.LOPEZ_CLIMATE);
        // stemming: "sanction" finds "Sanctions"
        assertThat(texts(ok("/api/quotes?q=sanction").get("quotes"))).containsExactly(LAVROV_GENEVA);
        assertThat(texts(ok("/api/quotes?q=" + enc("grain conditions") + "&speaker=" + LAVROV_ID).get("quotes")))
                .containsExactly(LAVROV_GRAIN);
        assertThat(texts(ok("/api/quotes?speaker=" + LAVROV_ID + "&from=2024-03-01&to=2024-03-31").get("quotes")))
                .containsExactly(LAVROV_GENEVA);
        // "to" is exclusive as an instant, inclusive as a date
        assertThat(texts(ok("/api/quotes?speaker=" + LAVROV_ID + "&to=2024-03-01T09:30:00Z").get("quotes")))
                .isEmpty();
        assertThat(ok("/api/quotes?entity=nobody").get("quotes")).isEmpty();
        // a truncated UTF-8 sequence decodes to U+FFFD and simply matches nothing
        assertThat(ok("/api/quotes?topic=%E0%A4").get("quotes")).isEmpty();
    }

    @Test
    void cursorPaginationReturnsEveryQuoteExactlyOnceInOrder() throws Exception {
        List<JsonNode> seen = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            JsonNode page = ok("/api/quotes?limit=3" + (next == null ? "" : "&cursor=" + enc(next)));
            page.get("quotes").forEach(seen::add);
            next = page.get("next").isNull() ? null : page.get("next").asText();
            pages++;
        } while (next != null && pages < 100);

        Set<String> ids = new HashSet<>();
        seen.forEach(q -> ids.add(q.get("id").asText()));
        assertThat(seen).hasSize(WebFixtures.totalQuotes());
        assertThat(ids).hasSize(WebFixtures.totalQuotes());
        assertThat(pages).isEqualTo((WebFixtures.totalQuotes() + 2) / 3);
        for (int i = 1; i < seen.size(); i++) {
            String prev = seen.get(i - 1).get("quoteTime").asText() + " " + seen.get(i - 1).get("id").asText();
            String cur = seen.get(i).get("quoteTime").asText() + " " + seen.get(i).get("id").asText();
            assertThat(cur).as("descending (time, id)").isLessThan(prev);
        }
    }

    @Test
    void cursorKeepsTheFiltersOrder() throws Exception {
        JsonNode first = ok("/api/quotes?speaker=" + LAVROV_ID + "&limit=1");
        assertThat(texts(first.get("quotes"))).containsExactly(LAVROV_GRAIN);
        JsonNode second = ok("/api/quotes?speaker=" + LAVROV_ID + "&limit=1&cursor=" + first.get("next").asText());
        assertThat(texts(second.get("quotes"))).containsExactly(LAVROV_GENEVA);
        assertThat(second.get("next").isNull()).isTrue();
    }

    @Test
    void invalidParametersAreRejectedWithTheParameterNamed() throws Exception {
        assertBadRequest("/api/quotes?limit=0", "limit", "from 1 to 200");
        assertBadRequest("/api/quotes?limit=abc", "limit", "integer");
        assertBadRequest("/api/quotes?limit=201", "limit", "from 1 to 200");
        assertBadRequest("/api/quotes?speeker=x", "speeker", "allowed: speaker, entity, topic, q, from, to, limit, cursor");
        assertBadRequest("/api/quotes?cursor=not-a-cursor", "cursor", "next");
        assertBadRequest("/api/quotes?from=yesterday", "from", "2024-03-01");
        assertBadRequest("/api/quotes?from=2024-05-01&to=2024-04-01", "to", "after from");
        assertBadRequest("/api/quotes?q=" + enc("?!*"), "q", "letter or digit");
        assertBadRequest("/api/quotes?speaker=a&speaker=b", "speaker", "more than once");
        assertBadRequest("/api/quotes?entity=" + "x".repeat(501), "entity", "500");
        assertBadRequest("/api/speakers?limit=-1", "limit", "from 1 to 200");
        assertBadRequest("/api/topics?order=asc", "order", "allowed: limit");
        assertBadRequest("/api/articles/" + "a".repeat(300), "id", "256");
        assertBadRequest("/api/articles/a/b", "id", "one non-empty id segment");
    }

    private void assertBadRequest(String pathAndQuery, String parameter, String messagePart) throws Exception {
        TestServer.Reply r = server.get(pathAndQuery);
        assertThat(r.status()).as(pathAndQuery).isEqualTo(400);
        assertThat(r.contentType()).isEqualTo("application/json; charset=utf-8");
        JsonNode body = r.json();
        assertThat(body.get("error").asText()).isEqualTo("bad-request");
        assertThat(body.get("parameter").asText()).isEqualTo(parameter);
        assertThat(body.get("message").asText()).as(pathAndQuery).contains(messagePart);
    }

    @Test
    void unknownIdsAndPathsAreNotFoundAndOtherMethodsNotAllowed() throws Exception {
        for (String path : List.of("/api/articles/no-such-article", "/api/speakers/no-such-speaker", "/api/nothing")) {
            TestServer.Reply r = server.get(path);
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.json().get("error").asText()).isEqualTo("not-found");
        }
        assertThat(server.get("/api/articles/no-such-article").json().get("message").asText())
                .isEqualTo("no article with id 'no-such-article'");
        TestServer.Reply post = server.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/quotes"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(post.status()).isEqualTo(405);
        assertThat(server.get("/no-such-page.html").status()).isEqualTo(404);
    }

    @Test
    void articleHasItsTextQuotesAtTheirOffsetsAndTopics() throws Exception {
        JsonNode a = ok("/api/articles/" + WebFixtures.GENEVA);

        String text = a.get("text").asText();
        assertThat(text).startsWith("Ministers trade warnings over sanctions in Geneva\nGENEVA — Talks");
        assertThat(a.get("paragraphs")).hasSize(4);
        assertThat(a.get("quoteCount").asInt()).isEqualTo(2);
        assertThat(a.get("publishedAt").asText()).isEqualTo("2024-03-01T09:30:00Z");
        assertThat(a.get("modifiedAt").isNull()).isTrue();
        List<String> highlighted = new ArrayList<>();
        a.get("quotes").forEach(q -> highlighted.add(text.substring(q.get("start").asInt(), q.get("end").asInt())));
        assertThat(highlighted).containsExactly(LAVROV_GENEVA, BLINKEN_GENEVA);
        assertThat(a.get("keyphrases").get(0).get("phrase").asText()).isEqualTo("sanctions");
        assertThat(a.get("entities")).extracting(e -> e.get("name").asText())
                .containsExactlyInAnyOrder("Sergey Lavrov", "Antony Blinken", "Geneva");
        assertThat(a.get("category").get("label").asText()).isEqualTo("politics");
        assertThat(a.get("category").get("code").asText()).isEqualTo("medtop:11000000");
    }

    @Test
    void speakersAreListedByCountAndFoundByNamePrefix() throws Exception {
        JsonNode all = ok("/api/speakers");
        assertThat(all.get("speakers")).extracting(s -> s.get("quoteCount").asInt()).isSortedAccordingTo(
                (x, y) -> Integer.compare(y, x));
        assertThat(all.get("speakers")).hasSize(5);

        JsonNode lav = ok("/api/speakers?q=lav");
        assertThat(lav.get("speakers")).hasSize(1);
        JsonNode s = lav.get("speakers").get(0);
        assertThat(s.get("id").asText()).isEqualTo(LAVROV_ID);
        assertThat(s.get("name").asText()).isEqualTo("Sergey Lavrov");
        assertThat(s.get("quoteCount").asInt()).isEqualTo(2);
        assertThat(ok("/api/speakers?q=serg").get("speakers")).hasSize(1);
        assertThat(ok("/api/speakers?q=" + enc("100%")).get("speakers")).isEmpty();
    }

    @Test
    void speakerPageHasTimelineTopTopicsAndQuotes() throws Exception {
        JsonNode s = ok("/api/speakers/" + LAVROV_ID);

        assertThat(s.get("name").asText()).isEqualTo("Sergey Lavrov");
        assertThat(s.get("timeline")).extracting(m -> m.get("month").asText() + "=" + m.get("quotes").asInt())
                .containsExactly("2024-03=1", "2024-04=1");
        assertThat(s.get("topTopics").get(0).get("phrase").asText()).isEqualTo("sanctions");
        assertThat(s.get("topTopics").get(0).get("articles").asInt()).isEqualTo(2);
        assertThat(texts(s.get("quotes"))).containsExactly(LAVROV_GRAIN, LAVROV_GENEVA);
    }

    @Test
    void topicsCountArticles() throws Exception {
        JsonNode t = ok("/api/topics?limit=3");

        assertThat(t.get("keyphrases").get(0).get("phrase").asText()).isEqualTo("budget");
        assertThat(t.get("keyphrases").get(0).get("articles").asInt()).isEqualTo(WebFixtures.BULK_ARTICLES);
        assertThat(t.get("keyphrases").get(1).get("phrase").asText()).isEqualTo("sanctions");
        assertThat(t.get("keyphrases")).hasSize(3);
        assertThat(t.get("entities").get(0).get("name").asText()).isEqualTo("Sergey Lavrov");
        assertThat(t.get("entities").get(0).get("type").asText()).isEqualTo("PERSON");
        assertThat(t.get("categories").get(0).get("label").asText()).isEqualTo("politics");
        assertThat(t.get("categories").get(0).get("articles").asInt()).isEqualTo(WebFixtures.BULK_ARTICLES + 1);
    }

    @Test
    void pageAndItsAssetsAreServedFromTheJar() throws Exception {
        TestServer.Reply index = server.get("/");
        assertThat(index.status()).isEqualTo(200);
        assertThat(index.contentType()).startsWith("text/html");
        assertThat(index.body()).contains("<script src=\"/app.js\"");
        assertThat(server.get("/app.js").contentType()).startsWith("text/javascript");
        assertThat(server.get("/article.html").body()).contains("id=\"article-body\"");
    }

    @Test
    void readinessReportsTheMigratedStoreAndRequestsAreTimed() throws Exception {
        TestServer.Reply ready = server.get("/readyz");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).isEqualTo("store ready\n");
        server.get("/api/topics");
        assertThat(server.get("/metrics").body())
                .contains("newsflow_sink_web_requests_seconds_count{endpoint=\"/api/topics\",status=\"200\"}");
    }

    @Test
    void readinessFailsWhenTheStoreIsClosed() throws Exception {
        JdbcArticleStore other = JdbcArticleStore.open(StoreSettings.of(freshStoreUrl()));
        try (TestServer second = new TestServer(other)) {
            assertThat(second.get("/readyz").status()).isEqualTo(200);
            other.close();
            TestServer.Reply r = second.get("/readyz");
            assertThat(r.status()).isEqualTo(503);
            assertThat(r.body()).isEqualTo("store not ready\n");
        }
    }
}
