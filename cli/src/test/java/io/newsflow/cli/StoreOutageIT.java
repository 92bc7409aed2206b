package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.broker.EmbeddedKafka;
import io.newsflow.common.config.CommonConfig;
import io.newsflow.common.config.Settings;
import io.newsflow.common.kafka.KafkaClients;
import io.newsflow.common.kafka.TopicSetup;
import io.newsflow.common.lifecycle.StageRunner;
import io.newsflow.common.testing.Await;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.sink.SinkApp;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.SinkService;
import io.newsflow.sink.store.ArticleStore;
import io.newsflow.sink.store.JdbcArticleStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sink loses nothing when the database goes away: its PostgreSQL connections are killed again
 * and again while records stream in, and the store still ends with every article once and exactly
 * the expected quotes.
 */
class StoreOutageIT {
  private static final String APP = "newsflow_outage_it";
  private static final int ARTICLES = 600;

  @TempDir Path tmp;

  @Test
  void killedDatabaseConnectionsDelayButNeverLoseRecords() throws Exception {
    String pgUrl = PostgresTestDb.url("outage") + "&ApplicationName=" + APP;
    try (EmbeddedKafka kafka = EmbeddedKafka.startTemporary()) {
      Map<String, String> flags = new HashMap<>(Map.of("bootstrap.servers", kafka.bootstrapServers(),
          "topic.prefix", "out", "state.dir", tmp.toString(), "sink.jdbc.url", pgUrl,
          "sink.jdbc.user", "postgres", "sink.batch.size", "50", "sink.retry.backoff.ms", "200"));
      Settings s = Settings.of(flags);
      CommonConfig common = CommonConfig.from(s);
      TopicSetup.ensureTopics(common, 3);
      Topics topics = new Topics("out");
      ArticleEnricher enricher = new ArticleEnricher();
      long expectedQuotes = 0;
      StageRunner runner = new StageRunner();
      SimpleMeterRegistry registry = new SimpleMeterRegistry();
      try (KafkaProducer<String, EnrichedArticle> producer = new KafkaProducer<>(
          KafkaClients.producer(common, "test"), new StringSerializer(), topics.enriched().valueSerde().serializer())) {
        ArticleStore store = runner.own(JdbcArticleStore.open(SinkConfig.from(s).store()));
        SinkService sink = SinkApp.create(common, SinkConfig.from(s), store, registry, runner);
        sink.start();
        int killed = 0;
        for (int i = 0; i < ARTICLES; i++) {
          EnrichedArticle e = enricher.enrich(article(i));
          expectedQuotes += e.getQuotes().size();
          producer.send(new ProducerRecord<>(topics.enriched().name(), e.getArticle().getId(), e));
          if (i % 100 == 50) {
            producer.flush();
            killed += killConnections();
          }
        }
        producer.flush();
        long quotes = expectedQuotes;
        assertThat(Await.until(Duration.ofSeconds(120),
            () -> store.countArticles() == ARTICLES && store.countQuotes() == quotes))
            .as("articles %s/%s quotes %s/%s after %s killed connections", store.countArticles(), ARTICLES,
                store.countQuotes(), quotes, killed)
            .isTrue();
        assertThat(killed).as("the test really cut the database off").isPositive();
        assertThat(registry.get("newsflow.sink.store.failures").counter().count()).isPositive();
        assertThat(sink.isFinished()).isFalse();
      } finally {
        runner.closeAll();
        PostgresTestDb.drop("outage");
      }
    }
  }

  /** Terminates this test's own sink connections (matched by application name), not anyone else's. */
  private static int killConnections() throws Exception {
    try (Connection c = DriverManager.getConnection(PostgresTestDb.BASE, "postgres", "");
        Statement st = c.createStatement();
        var rs = st.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = '"
            + APP + "'")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static Article article(int i) {
    return Article.newBuilder().setId(String.format("outage-%04d", i)).setUrl("https://example.org/o/" + i)
        .setCanonicalUrl("https://example.org/o/" + i).setTitle("Budget vote " + i)
        .setParagraphs(List.of("The council met on Monday to vote on budget line " + i + ".",
            "\"We cannot cut line " + i + " again,\" said Councillor Maria Lopez after the vote."))
        .setSource("test").setFetchedAt(Instant.ofEpochMilli(1_700_000_000_000L + i))
        .setContentHash("h" + i).setCleanerVersion("clean-1").build();
  }
}
