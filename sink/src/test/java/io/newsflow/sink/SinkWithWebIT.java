package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.broker.EmbeddedKafka;
import io.newsflow.common.config.CommonConfig;
import io.newsflow.common.config.Settings;
import io.newsflow.common.http.HttpEndpoints;
import io.newsflow.common.kafka.TopicSetup;
import io.newsflow.common.lifecycle.Stage;
import io.newsflow.common.lifecycle.StageRunner;
import io.newsflow.common.metrics.Metrics;
import io.newsflow.common.testing.Await;
import io.newsflow.common.testing.KafkaRecords;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Quote;
import io.newsflow.schemas.avro.QuoteKind;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SinkApp#withWeb} as the commands wire it: the stage and the web API share one store, so a record on the
 * enriched topic becomes visible through {@code /api/quotes}; {@code /readyz} includes the store and
 * {@code /metrics} the consumer's lag.
 */
class SinkWithWebIT {

    @TempDir
    Path tmp;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void recordOnTheTopicIsServedByTheApiAndLagIsExported() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.startTemporary()) {
            Settings s = Settings.of(Map.of(
                    "bootstrap.servers", kafka.bootstrapServers(),
                    "topic.prefix", "web",
                    "sink.jdbc.url", "jdbc:sqlite:" + tmp.resolve("web.db"),
                    "sink.poll.ms", "100"));
            CommonConfig common = CommonConfig.from(s);
            TopicSetup.ensureTopics(common, 1);
            Topics topics = new Topics("web");
            EnrichedArticle record = record();
            KafkaRecords.produceRaw(kafka.bootstrapServers(), topics.enriched().name(), "a-1",
                    topics.enriched().valueSerde().serializer().serialize(topics.enriched().name(), record));

            StageRunner runner = new StageRunner();
            PrometheusMeterRegistry registry = Metrics.newRegistry();
            try {
                SinkApp.WithWeb sink = SinkApp.withWeb(SinkConfig.from(s));
                List<Stage> stages = sink.create(common, registry, runner);
                HttpEndpoints http = runner.own(new HttpEndpoints("127.0.0.1", 0, registry));
                stages.forEach(st -> http.addReadiness(st.name(), st::isReady));
                sink.addTo(http);
                http.start();
                stages.forEach(Stage::start);
                String base = "http://127.0.0.1:" + http.port();

                assertThat(Await.until(Duration.ofSeconds(60),
                        () -> get(base + "/api/quotes?speaker=Jane+Doe").contains("a-1-q0")))
                        .as("the quote reached the API").isTrue();
                JsonNode page = new ObjectMapper().readTree(get(base + "/api/quotes?speaker=Jane+Doe"));
                assertThat(page.get("quotes").get(0).get("text").asText()).isEqualTo("We will fix the roads");
                assertThat(Await.until(Duration.ofSeconds(30), () -> get(base + "/readyz").contains("sink ready")))
                        .isTrue();
                assertThat(get(base + "/readyz")).contains("store ready");
                assertThat(get(base + "/metrics")).contains("kafka_consumer_fetch_manager_records_lag_max")
                        .contains("newsflow_sink_batch_size_count");
            } finally {
                runner.closeAll();
                registry.close();
            }
        }
    }

    private String get(String url) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            return "";
        }
    }

    private static EnrichedArticle record() {
        String title = "Mayor promises repairs";
        String paragraph = "\"We will fix the roads,\" Jane Doe said.";
        int start = title.length() + 2;
        Instant t = Instant.parse("2024-05-02T08:00:00Z");
        Article article = Article.newBuilder().setId("a-1").setUrl("https://example.org/a-1")
                .setCanonicalUrl("https://example.org/a-1").setTitle(title).setByline(null).setPublishedAt(t)
                .setModifiedAt(null).setLanguage("en").setParagraphs(List.of(paragraph)).setSource("test")
                .setFetchedAt(t).setContentHash("h-1").setCleanerVersion("c-1").build();
        Quote quote = Quote.newBuilder().setId("a-1-q0").setArticleId("a-1").setText("We will fix the roads")
                .setKind(QuoteKind.DIRECT).setStart(start).setEnd(start + "We will fix the roads".length())
                .setSpeakerMention("Jane Doe").setSpeaker("Jane Doe").setSpeakerId("spk-jane-doe")
                .setSpeakerRole("mayor").setCue("said").setExtractorVersion("1").build();
        return EnrichedArticle.newBuilder().setArticle(article).setQuotes(List.of(quote)).setKeyphrases(List.of())
                .setExtractorVersion("1").setEnrichedAt(t).build();
    }
}
