package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.broker.EmbeddedKafka;
import io.newsflow.common.config.CommonConfig;
import io.newsflow.common.config.Settings;
import io.newsflow.common.kafka.TopicSetup;
import io.newsflow.common.lifecycle.Stage;
import io.newsflow.common.lifecycle.StageRunner;
import io.newsflow.common.metrics.Metrics;
import io.newsflow.common.testing.Await;
import io.newsflow.common.testing.KafkaRecords;
import io.newsflow.enrich.EnrichApp;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.ingest.IngestApp;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.FetchedPage;
import io.newsflow.sink.SinkApp;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.store.ArticleStore;
import io.newsflow.sink.store.JdbcArticleStore;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Poison input never stops a stage: corrupt bytes on each stage's input topic become dead letters
 * (stage, reason, original bytes, coordinates), a counter goes up, and the next good record is
 * processed all the way to the store.
 */
class DeadLetterIT {
  @TempDir Path tmp;

  @Test
  void corruptRecordOnEachInputTopicIsDeadLetteredAndProcessingGoesOn() throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.startTemporary()) {
      Settings s = Settings.of(Map.of(
          "bootstrap.servers", kafka.bootstrapServers(),
          "topic.prefix", "dl",
          "state.dir", tmp.resolve("state").toString(),
          "sink.jdbc.url", "jdbc:sqlite:" + tmp.resolve("dl.db")));
      CommonConfig common = CommonConfig.from(s);
      TopicSetup.ensureTopics(common, 1);
      Topics topics = new Topics("dl");
      byte[] garbage = "\u00c3\u0001 definitely not avro".getBytes(StandardCharsets.ISO_8859_1);
      KafkaRecords.produceRaw(kafka.bootstrapServers(), topics.pages().name(), "bad-page", garbage);
      KafkaRecords.produceRaw(kafka.bootstrapServers(), topics.articles().name(), "bad-article", garbage);
      KafkaRecords.produceRaw(kafka.bootstrapServers(), topics.enriched().name(), "bad-enriched", garbage);
      // then a good page behind the bad records, on the first stage's input
      KafkaRecords.produceRaw(kafka.bootstrapServers(), topics.pages().name(), "https://example.org/good",
          topics.pages().valueSerde().serializer().serialize(topics.pages().name(), goodPage()));

      StageRunner runner = new StageRunner();
      PrometheusMeterRegistry registry = Metrics.newRegistry();
      try {
        ArticleStore store = runner.own(JdbcArticleStore.open(SinkConfig.from(s).store()));
        List<Stage> stages = new ArrayList<>();
        stages.addAll(IngestApp.create(common, IngestConfig.from(s), registry, runner));
        stages.addAll(EnrichApp.create(common, EnrichConfig.from(s), registry, runner));
        stages.add(SinkApp.create(common, SinkConfig.from(s), store, registry, runner));
        stages.forEach(Stage::start);

        List<DeadLetter> letters = KafkaRecords.readFromStart(kafka.bootstrapServers(), topics.deadLetters().name(),
            topics.deadLetters().valueSerde().deserializer(), 3, Duration.ofSeconds(90));
        assertThat(letters.stream().map(DeadLetter::getStage).collect(Collectors.toSet()))
            .isEqualTo(Set.of("ingest", "enrich", "sink"));
        for (DeadLetter d : letters) {
          assertThat(d.getReason()).isEqualTo("undecodable");
          assertThat(d.getOriginalValue()).isEqualTo(ByteBuffer.wrap(garbage));
          assertThat(d.getSourceTopic()).startsWith("dl.");
          assertThat(d.getSourceOffset()).isEqualTo(0L);
          assertThat(d.getErrorMessage()).isNotBlank();
        }
        assertThat(Await.until(Duration.ofSeconds(90), () -> store.countArticles() == 1))
            .as("the good record behind the bad ones reached the store").isTrue();
        for (String stage : List.of("ingest", "enrich", "sink")) {
          assertThat(registry.get("newsflow." + stage + ".bad.input").tag("reason", "undecodable").counter().count())
              .as("bad-input counter of %s", stage).isEqualTo(1.0);
        }
        assertThat(stages).allMatch(st -> !st.isFinished(), "every stage still running");
      } finally {
        runner.closeAll();
        registry.close();
      }
    }
  }

  private static FetchedPage goodPage() {
    StringBuilder html = new StringBuilder("<html><head><title>Council approves budget</title></head><body><article>"
        + "<h1>Council approves budget</h1>");
    String[] topics = {"schools", "roads", "parks", "libraries", "public transport"};
    for (String topic : topics) {
      html.append("<p>The city council approved new spending on ").append(topic)
          .append(" on Tuesday after a long debate that ran late into the evening. \"This is a good day for ")
          .append(topic).append(",\" Mayor Jane Doe said after the vote.</p>");
    }
    html.append("</article></body></html>");
    return FetchedPage.newBuilder().setUrl("https://example.org/good").setFinalUrl("https://example.org/good")
        .setStatus(200).setContentType("text/html; charset=utf-8").setHeaders(Map.of())
        .setBody(ByteBuffer.wrap(html.toString().getBytes(StandardCharsets.UTF_8)))
        .setSource("test").setFetchedAt(Instant.ofEpochMilli(1_700_000_000_000L)).build();
  }
}
