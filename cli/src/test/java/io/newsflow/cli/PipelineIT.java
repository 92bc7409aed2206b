package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.common.testing.TemporaryKafka;
import io.newsflow.common.config.CommonConfig;
import io.newsflow.common.config.Settings;
import io.newsflow.common.http.HttpEndpoints;
import io.newsflow.common.ids.Ids;
import io.newsflow.common.kafka.TopicSetup;
import io.newsflow.common.lifecycle.Stage;
import io.newsflow.common.lifecycle.StageRunner;
import io.newsflow.common.metrics.Metrics;
import io.newsflow.common.testing.Await;
import io.newsflow.common.testing.KafkaRecords;
import io.newsflow.common.testing.SharedData;
import io.newsflow.enrich.EnrichApp;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.ingest.IngestApp;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import io.newsflow.sink.SinkApp;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.store.ArticleStore;
import io.newsflow.sink.store.JdbcArticleStore;
import io.newsflow.sink.store.StoredQuote;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on a real embedded broker: a feed on loopback linking to real pages and the
 * seed article, ingest -> enrich -> sink into SQLite and the machine's PostgreSQL; every article
 * arrives once and the seed's direct quotes carry their speakers.
 */
class PipelineIT {
  private static final Pattern WORD = Pattern.compile("\\w+(?:'\\w+)*", Pattern.UNICODE_CHARACTER_CLASS);
  @RegisterExtension static final TemporaryKafka kafka = new TemporaryKafka();

  @TempDir static Path tmp;



  @Test
  void feedToStoresOnceEachWithSeedQuotesAndSpeakers() throws Exception {
    Path data = SharedData.require("article-extraction/html").getParent().getParent();
    SharedData.require("seed-article/article.txt");
    String pgUrl = PostgresTestDb.url("e2e");
    try (TestSite site = new TestSite(data, 6)) {
      Map<String, String> flags = new HashMap<>(Map.of(
          "bootstrap.servers", kafka.bootstrapServers(),
          "topic.prefix", "e2e",
          "state.dir", tmp.resolve("state").toString(),
          "ingest.feeds", site.feedUrl(),
          "ingest.allow.private.addresses", "true",
          "ingest.once", "true",
          "sink.jdbc.url", "jdbc:sqlite:" + tmp.resolve("newsflow.db")));
      Settings sqlite = Settings.of(flags);
      flags.put("sink.jdbc.url", pgUrl);
      flags.put("sink.jdbc.user", "postgres");
      flags.put("sink.group.id", "newsflow-sink-pg");
      Settings pg = Settings.of(flags);
      CommonConfig common = CommonConfig.from(sqlite);
      TopicSetup.ensureTopics(common, 3);

      StageRunner runner = new StageRunner();
      PrometheusMeterRegistry registry = Metrics.newRegistry();
      try {
        ArticleStore sqliteStore = runner.own(JdbcArticleStore.open(SinkConfig.from(sqlite).store()));
        ArticleStore pgStore = runner.own(JdbcArticleStore.open(SinkConfig.from(pg).store()));
        List<Stage> stages = new ArrayList<>();
        stages.addAll(IngestApp.create(common, IngestConfig.from(sqlite), registry, runner));
        stages.addAll(EnrichApp.create(common, EnrichConfig.from(sqlite), registry, runner));
        stages.add(SinkApp.create(common, SinkConfig.from(sqlite), sqliteStore, registry, runner));
        stages.add(SinkApp.create(common, SinkConfig.from(pg), pgStore, registry, runner));
        HttpEndpoints http = runner.own(new HttpEndpoints("127.0.0.1", 0, registry));
        stages.forEach(s -> http.addReadiness(s.name(), s::isReady));
        http.start();
        stages.forEach(Stage::start);

        int pages = site.pageCount();
        Topics topics = new Topics("e2e");
        List<Article> articles = KafkaRecords.readFromStart(kafka.bootstrapServers(), topics.articles().name(),
            topics.articles().valueSerde().deserializer(), pages, Duration.ofSeconds(120));
        Set<String> ids = new HashSet<>();
        articles.forEach(a -> ids.add(a.getId()));
        assertThat(ids).as("articles cleaned from %s pages", pages).hasSizeGreaterThanOrEqualTo(pages - 1);

        assertThat(Await.until(Duration.ofSeconds(120),
                () -> sqliteStore.countArticles() == ids.size() && pgStore.countArticles() == ids.size()))
            .as("both stores hold every article (sqlite %s, pg %s, expected %s)",
                sqliteStore.countArticles(), pgStore.countArticles(), ids.size())
            .isTrue();
        String seedId = Ids.articleId(site.base() + "/news/lavrov.html");
        assertThat(ids).contains(seedId);
        assertSeedQuotes(sqliteStore.quotesOfArticle(seedId), data);
        assertSeedQuotes(pgStore.quotesOfArticle(seedId), data);
        assertThat(pgStore.countQuotes()).isEqualTo(sqliteStore.countQuotes());

        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + http.port() + "/metrics")).build(),
            HttpResponse.BodyHandlers.ofString()).body();
        assertThat(metrics).contains("newsflow_sink_rows_total").contains("newsflow_ingest_pages_total");
        assertThat(Await.until(Duration.ofSeconds(30), () -> stages.stream().allMatch(
            s -> s.isReady() || s.isFinished()))).isTrue();
      } finally {
        runner.closeAll();
        registry.close();
        PostgresTestDb.drop("e2e");
      }
    }
  }

  /** Every direct quote of the seed annotation is stored (lenient match) with its speaker. */
  private static void assertSeedQuotes(List<StoredQuote> stored, Path data) throws Exception {
    JsonNode gold = new ObjectMapper().readTree(Files.readString(data.resolve("seed-article/expected-quotes.json")));
    int direct = 0;
    for (JsonNode q : gold.get("quotes")) {
      if (!q.get("type").asText().equals("direct")) {
        continue;
      }
      direct++;
      List<String> goldTokens = tokens(q.get("quote").asText());
      String speaker = q.get("speaker").asText();
      assertThat(stored)
          .as("direct quote by %s: %s", speaker, q.get("quote").asText())
          .anyMatch(s -> speaker.equals(s.speaker()) && lenientMatch(goldTokens, tokens(s.text())));
    }
    assertThat(direct).isEqualTo(12);
  }

  static boolean lenientMatch(List<String> a, List<String> b) {
    Map<String, Integer> counts = new HashMap<>();
    a.forEach(t -> counts.merge(t, 1, Integer::sum));
    int shared = 0;
    for (String t : b) {
      Integer c = counts.get(t);
      if (c != null && c > 0) {
        counts.put(t, c - 1);
        shared++;
      }
    }
    return shared * 2 >= Math.max(a.size(), b.size());
  }

  static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT).replace('’', '\''));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
