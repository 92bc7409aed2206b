package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.common.config.BadInputPolicy;
import io.newsflow.common.deadletter.DeadLetters;
import io.newsflow.ingest.clean.ArticleCleaner;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.FetchedPage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cleaner topology drops syndicated copies (same body, other URL) and keeps the first. */
class ContentDedupTest {
  private static final String WIRE = "The central bank raised interest rates by a quarter point on Thursday, citing"
      + " persistent inflation in services.";
  @TempDir Path tmp;
  private final Topics topics = new Topics("t");
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private TopologyTestDriver driver;
  private TestInputTopic<String, FetchedPage> pages;
  private TestOutputTopic<String, Article> articles;

  @BeforeEach
  void start() {
    DeadLetters dl = new DeadLetters("ingest", BadInputPolicy.DEAD_LETTER, null, topics.deadLetters(), registry);
    var topology = CleanTopology.build(topics, new ArticleMapper(new ArticleCleaner())::toArticle, dl, k -> true,
        new ContentDedup.Settings(Duration.ofHours(1), Duration.ofMinutes(10)), registry);
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, "dedup-test");
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
    p.put(StreamsConfig.STATE_DIR_CONFIG, tmp.toString());
    driver = new TopologyTestDriver(topology, p, Instant.parse("2026-01-01T00:00:00Z"));
    pages = driver.createInputTopic(topics.pages().name(), Serdes.String().serializer(),
        topics.pages().valueSerde().serializer());
    articles = driver.createOutputTopic(topics.articles().name(), Serdes.String().deserializer(),
        topics.articles().valueSerde().deserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  private static FetchedPage page(String url, String html) {
    return FetchedPage.newBuilder().setUrl(url).setFinalUrl(url).setStatus(200).setContentType("text/html")
        .setHeaders(Map.of()).setBody(ByteBuffer.wrap(html.getBytes(StandardCharsets.UTF_8)))
        .setSource("test").setFetchedAt(Instant.parse("2026-01-01T00:00:00Z")).build();
  }

  private double counted(String outcome) {
    return registry.find("newsflow.ingest.articles").tag("outcome", outcome).counter().count();
  }

  @Test
  void twoSyndicatedCopiesYieldOneArticle() {
    pages.pipeInput("https://a.example/story", page("https://a.example/story", TestSite.article("Rates up", WIRE)));
    pages.pipeInput("https://b.example/wire/1", page("https://b.example/wire/1", TestSite.article("Rates rise", WIRE)));
    pages.pipeInput("https://c.example/other", page("https://c.example/other", TestSite.article("Other",
        "A completely different report about the harbour festival and its many visitors this weekend.")));

    var out = articles.readKeyValuesToList();

    assertThat(out).hasSize(2);
    assertThat(out.get(0).value.getCanonicalUrl()).isEqualTo("https://a.example/story");
    assertThat(out.get(0).key).isEqualTo(out.get(0).value.getId());
    assertThat(out.get(1).value.getCanonicalUrl()).isEqualTo("https://c.example/other");
    assertThat(counted("duplicate-content")).isEqualTo(1.0);
  }

  @Test
  void aRefetchOfTheSameUnchangedPageIsNotEmittedAgainButAnEditIs() {
    String url = "https://a.example/story";
    pages.pipeInput(url, page(url, TestSite.article("Rates up", WIRE)));
    pages.pipeInput(url, page(url, TestSite.article("Rates up", WIRE)));
    pages.pipeInput(url, page(url, TestSite.article("Rates up", WIRE + " Updated with comments.")));

    assertThat(articles.readValuesToList()).hasSize(2);
    assertThat(counted("unchanged-refetch")).isEqualTo(1.0);
  }

  @Test
  void rememberedHashesExpireAfterTheTtl() {
    pages.pipeInput("https://a.example/story", page("https://a.example/story", TestSite.article("Rates up", WIRE)));
    assertThat(articles.readValuesToList()).hasSize(1);
    var store = driver.<String, String>getKeyValueStore(ContentDedup.STORE);
    assertThat(store.approximateNumEntries()).isEqualTo(1);

    driver.advanceWallClockTime(Duration.ofMinutes(70)); // past the TTL; the purge punctuation runs

    try (var all = store.all()) {
      assertThat(all.hasNext()).as("expired entries are purged").isFalse();
    }
    pages.pipeInput("https://b.example/wire/1", page("https://b.example/wire/1", TestSite.article("Rates", WIRE)));
    assertThat(articles.readValuesToList()).as("after the TTL the copy counts as new").hasSize(1);
  }
}
