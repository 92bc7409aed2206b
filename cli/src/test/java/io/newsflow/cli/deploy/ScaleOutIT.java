package io.newsflow.cli.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.broker.EmbeddedKafka;
import io.newsflow.common.config.CommonConfig;
import io.newsflow.common.config.Settings;
import io.newsflow.common.kafka.KafkaClients;
import io.newsflow.common.kafka.TopicSetup;
import io.newsflow.common.lifecycle.Stage;
import io.newsflow.common.lifecycle.StageRunner;
import io.newsflow.common.testing.Await;
import io.newsflow.common.testing.KafkaRecords;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.EnrichApp;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.sink.SinkApp;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.store.ArticleStore;
import io.newsflow.sink.store.JdbcArticleStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scale-out and failover (issue #8): two enrich instances and two sink instances share 6 partitions;
 * one of each stops while articles still arrive, and every article is still enriched exactly once
 * (one committed record per article on the enriched topic) and stored exactly once (one row per
 * article, the quotes the extractor finds, no more).
 */
class ScaleOutIT {
  private static final int ARTICLES = 2000;
  private static final String PREFIX = "scale";

  @TempDir Path tmp;

  @Test
  void twoInstancesPerStageSurviveLosingOneOfEachMidStream() throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.startTemporary()) {
      String db = "jdbc:sqlite:" + tmp.resolve("store.db");
      Settings enrichA = settings(kafka, "enrich-a", db);
      Settings enrichB = settings(kafka, "enrich-b", db);
      CommonConfig common = CommonConfig.from(enrichA);
      TopicSetup.ensureTopics(common, 6);
      Topics topics = new Topics(PREFIX);
      List<Article> articles = articles();
      int expectedQuotes = expectedQuotes(articles);

      StageRunner enrichRunnerA = new StageRunner();
      StageRunner enrichRunnerB = new StageRunner();
      StageRunner sinkRunnerA = new StageRunner();
      StageRunner sinkRunnerB = new StageRunner();
      try {
        ArticleStore store = sinkRunnerA.own(JdbcArticleStore.open(SinkConfig.from(enrichA).store()));
        ArticleStore storeB = sinkRunnerB.own(JdbcArticleStore.open(SinkConfig.from(enrichA).store()));
        List<Stage> stages = new ArrayList<>();
        stages.addAll(EnrichApp.create(CommonConfig.from(enrichA), EnrichConfig.from(enrichA),
            new SimpleMeterRegistry(), enrichRunnerA));
        stages.addAll(EnrichApp.create(CommonConfig.from(enrichB), EnrichConfig.from(enrichB),
            new SimpleMeterRegistry(), enrichRunnerB));
        stages.add(SinkApp.create(common, SinkConfig.from(enrichA), store, new SimpleMeterRegistry(), sinkRunnerA));
        stages.add(SinkApp.create(common, SinkConfig.from(enrichA), storeB, new SimpleMeterRegistry(), sinkRunnerB));
        stages.forEach(Stage::start);

        AtomicInteger produced = new AtomicInteger();
        Thread producer = new Thread(() -> produce(common, topics, articles, produced), "scale-producer");
        producer.start();

        // mid-stream: half the articles sent, some already stored, more still coming
        assertThat(Await.until(Duration.ofSeconds(60), () -> produced.get() >= ARTICLES / 2 && store.countArticles() > 0))
            .as("the pipeline flows before the failover").isTrue();
        long started = System.nanoTime();
        enrichRunnerA.closeAll();
        sinkRunnerB.closeAll();
        long storedAtFailover = store.countArticles();
        assertThat(storedAtFailover).as("instances stopped before everything was stored").isLessThan(ARTICLES);

        producer.join(Duration.ofSeconds(60).toMillis());
        assertThat(produced.get()).isEqualTo(ARTICLES);
        assertThat(Await.until(Duration.ofSeconds(60), () -> store.countArticles() >= ARTICLES))
            .as("every article stored by the surviving instances (stored %s at the failover, %s now)",
                storedAtFailover, store.countArticles()).isTrue();

        System.out.printf("ScaleOutIT: %d of %d stored at the failover; all stored %d ms after it%n",
            storedAtFailover, ARTICLES, (System.nanoTime() - started) / 1_000_000);
        assertThat(store.countArticles()).as("one row per article").isEqualTo(ARTICLES);
        assertThat(store.countQuotes()).as("the quotes the extractor finds, each once").isEqualTo(expectedQuotes);
        List<String> missing = articles.stream().map(Article::getId)
            .filter(id -> store.article(id).isEmpty()).toList();
        assertThat(missing).as("articles missing from the store").isEmpty();

        List<EnrichedArticle> enriched = KafkaRecords.readFromStart(kafka.bootstrapServers(),
            topics.enriched().name(), topics.enriched().valueSerde().deserializer(), ARTICLES + 1, Duration.ofSeconds(5));
        Set<String> enrichedIds = new HashSet<>();
        enriched.forEach(e -> enrichedIds.add(e.getArticle().getId()));
        assertThat(enrichedIds).as("every article enriched").hasSize(ARTICLES);
        assertThat(enriched).as("committed enrich results: exactly one per article despite the failover")
            .hasSize(ARTICLES);
      } finally {
        sinkRunnerB.closeAll();
        sinkRunnerA.closeAll();
        enrichRunnerB.closeAll();
        enrichRunnerA.closeAll();
      }
    }
  }

  private Settings settings(EmbeddedKafka kafka, String instance, String db) {
    return Settings.of(Map.of("bootstrap.servers", kafka.bootstrapServers(), "topic.prefix", PREFIX,
        "state.dir", tmp.resolve(instance).toString(), "sink.jdbc.url", db, "sink.batch.size", "100",
        "sink.poll.ms", "100",
        // KafkaStreams.close() keeps the member in the group (no LeaveGroup), so the survivor takes over
        // the stopped instance's partitions only after the session timeout: 10 s instead of 45 s
        "kafka.session.timeout.ms", "10000"));
  }

  /** Sends the articles in steps of 100, 150 ms apart (~3 s), so the failover lands mid-stream. */
  private static void produce(CommonConfig common, Topics topics, List<Article> articles, AtomicInteger produced) {
    try (KafkaProducer<String, Article> p = new KafkaProducer<>(KafkaClients.producer(common, "scale-test"),
        new StringSerializer(), topics.articles().valueSerde().serializer())) {
      for (int i = 0; i < articles.size(); i++) {
        Article a = articles.get(i);
        p.send(new ProducerRecord<>(topics.articles().name(), a.getId(), a));
        if ((i + 1) % 100 == 0) {
          p.flush();
          produced.set(i + 1);
          Thread.sleep(150);
        }
      }
      p.flush();
      produced.set(articles.size());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Small articles with none, one or two quotes, so the quote count tells duplicates from losses. */
  private static List<Article> articles() {
    String[] speakers = {"Education Minister Ana Silva", "Mayor John Baker", "Health Secretary Maria Lopez"};
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < ARTICLES; i++) {
      String speaker = speakers[i % speakers.length];
      List<String> paragraphs = new ArrayList<>();
      paragraphs.add("The council met on Monday to discuss budget item " + i + ".");
      if (i % 3 >= 1) {
        paragraphs.add("\"We will build " + i + " new schools this year,\" " + speaker + " said on Monday.");
      }
      if (i % 3 == 2) {
        paragraphs.add("\"The plan for district " + i + " is funded until 2030,\" " + speaker + " added.");
      }
      String id = "scale-" + i;
      out.add(Article.newBuilder().setId(id).setUrl("https://example.org/scale/" + i)
          .setCanonicalUrl("https://example.org/scale/" + i).setTitle("Budget " + i).setParagraphs(paragraphs)
          .setSource("test").setFetchedAt(Instant.ofEpochMilli(1_700_000_000_000L)).setContentHash("h" + i)
          .setCleanerVersion("clean-1").build());
    }
    return out;
  }

  private static int expectedQuotes(List<Article> articles) {
    ArticleEnricher enricher = new ArticleEnricher();
    int n = 0;
    for (Article a : articles) {
      n += enricher.enrich(a).getQuotes().size();
    }
    return n;
  }
}
