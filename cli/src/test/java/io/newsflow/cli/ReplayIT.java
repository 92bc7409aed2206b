package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.broker.EmbeddedKafka;
import io.newsflow.common.config.CommonConfig;
import io.newsflow.common.config.Settings;
import io.newsflow.common.deadletter.DeadLetters;
import io.newsflow.common.kafka.KafkaClients;
import io.newsflow.common.kafka.TopicSetup;
import io.newsflow.common.lifecycle.Stage;
import io.newsflow.common.lifecycle.StageRunner;
import io.newsflow.common.streams.ReplayRun;
import io.newsflow.common.streams.StreamsSettings;
import io.newsflow.common.testing.Await;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.EnrichApp;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichTopology;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.sink.SinkApp;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.store.ArticleStore;
import io.newsflow.sink.store.JdbcArticleStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-enriching the corpus with a newer extractor beside the live pipeline: the replay covers every
 * article present when it started, and the store ends with the newer version for each of them.
 */
class ReplayIT {
  @TempDir Path tmp;

  @Test
  void replayWithNewerExtractorConvergesTheStore() throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.startTemporary()) {
      Settings s = Settings.of(Map.of("bootstrap.servers", kafka.bootstrapServers(), "topic.prefix", "rp",
          "state.dir", tmp.resolve("state").toString(), "sink.jdbc.url", "jdbc:sqlite:" + tmp.resolve("rp.db")));
      CommonConfig common = CommonConfig.from(s);
      TopicSetup.ensureTopics(common, 2);
      Topics topics = new Topics("rp");
      List<String> ids = produceArticles(common, topics, 0, 40);

      StageRunner runner = new StageRunner();
      SimpleMeterRegistry registry = new SimpleMeterRegistry();
      try {
        ArticleStore store = runner.own(JdbcArticleStore.open(SinkConfig.from(s).store()));
        List<Stage> stages = new ArrayList<>(EnrichApp.create(common, EnrichConfig.from(s), registry, runner));
        stages.add(SinkApp.create(common, SinkConfig.from(s), store, registry, runner));
        stages.forEach(Stage::start);
        assertThat(Await.until(Duration.ofSeconds(90), () -> store.countArticles() == 40)).isTrue();
        assertThat(store.article(ids.get(0)).orElseThrow().extractorVersion()).isEqualTo(ArticleEnricher.VERSION);

        // the live pipeline keeps receiving articles while the replay runs
        String newer = ArticleEnricher.VERSION + ".1";
        ArticleEnricher current = new ArticleEnricher();
        DeadLetters dl = new DeadLetters("enrich", common.badInput(), null, topics.deadLetters(), registry);
        var topology = EnrichTopology.build(topics,
            a -> EnrichedArticle.newBuilder(current.enrich(a)).setExtractorVersion(newer).build(), dl, k -> true);
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        String appId = "replay-test";
        produceArticles(common, topics, 40, 50);
        long replayed = new ReplayRun(common, new PrintStream(progress, true, StandardCharsets.UTF_8))
            .run(appId, topics.articles().name(), topology,
                StreamsSettings.of(common, appId, tmp.resolve("replay-state"), 1,
                    StreamsSettings.ARTICLE_RECORDS_BUFFERED), null);

        assertThat(replayed).isGreaterThanOrEqualTo(50);
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("100%");
        assertThat(Await.until(Duration.ofSeconds(90), () -> ids.stream().allMatch(
            id -> store.article(id).map(a -> a.extractorVersion().equals(newer)).orElse(false))))
            .as("every article present at replay start carries the newer version").isTrue();
        assertThat(store.countArticles()).isEqualTo(50);
      } finally {
        runner.closeAll();
      }
    }
  }

  private static List<String> produceArticles(CommonConfig common, Topics topics, int from, int to) {
    List<String> ids = new ArrayList<>();
    try (KafkaProducer<String, Article> p = new KafkaProducer<>(KafkaClients.producer(common, "test"),
        new StringSerializer(), topics.articles().valueSerde().serializer())) {
      for (int i = from; i < to; i++) {
        String id = "article-" + i;
        ids.add(id);
        p.send(new ProducerRecord<>(topics.articles().name(), id, Article.newBuilder()
            .setId(id).setUrl("https://example.org/" + i).setCanonicalUrl("https://example.org/" + i)
            .setTitle("Minister speaks " + i)
            .setParagraphs(List.of("\"We will build " + i + " new schools this year,\" Education Minister Ana Silva said on Monday."))
            .setSource("test").setFetchedAt(Instant.ofEpochMilli(1_700_000_000_000L))
            .setContentHash("h" + i).setCleanerVersion("clean-1").build()));
      }
    }
    return ids;
  }
}
