package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.common.config.BadInputPolicy;
import io.newsflow.common.deadletter.DeadLetters;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Quote;
import io.newsflow.schemas.avro.QuoteKind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnrichTopologyTest {
  private final Topics topics = new Topics("t");
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private TopologyTestDriver driver;
  private TestInputTopic<String, byte[]> articles;
  private TestOutputTopic<String, EnrichedArticle> enriched;
  private TestOutputTopic<String, Quote> quotes;
  private TestOutputTopic<String, DeadLetter> deadLetters;

  @BeforeEach
  void setUp() {
    DeadLetters dl = new DeadLetters("enrich", BadInputPolicy.DEAD_LETTER, null, topics.deadLetters(), registry);
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    driver = new TopologyTestDriver(EnrichTopology.build(topics, new ArticleEnricher(), dl), props);
    articles = driver.createInputTopic(topics.articles().name(), Serdes.String().serializer(),
        Serdes.ByteArray().serializer());
    enriched = driver.createOutputTopic(topics.enriched().name(), Serdes.String().deserializer(),
        topics.enriched().valueSerde().deserializer());
    quotes = driver.createOutputTopic(topics.quotes().name(), Serdes.String().deserializer(),
        topics.quotes().valueSerde().deserializer());
    deadLetters = driver.createOutputTopic(topics.deadLetters().name(), Serdes.String().deserializer(),
        topics.deadLetters().valueSerde().deserializer());
  }

  @AfterEach
  void tearDown() {
    driver.close();
  }

  static Article article(String id, List<String> paragraphs) {
    return Article.newBuilder().setId(id).setUrl("https://example.org/" + id)
        .setCanonicalUrl("https://example.org/" + id).setTitle("Minister rejects plan")
        .setParagraphs(paragraphs).setSource("test").setFetchedAt(Instant.ofEpochMilli(0))
        .setContentHash("h").setCleanerVersion("clean-1").build();
  }

  @Test
  void articleBecomesEnrichedArticleAndOneRecordPerQuote() {
    Article a = article("a1", List.of(
        "Foreign Minister Anna Berg rejected the plan on Monday.",
        "\"We will not accept this proposal under any circumstances,\" Berg said."));
    articles.pipeInput("a1", topics.articles().valueSerde().serializer().serialize("x", a));

    EnrichedArticle e = enriched.readKeyValue().value;
    assertThat(e.getArticle()).isEqualTo(a);
    assertThat(e.getExtractorVersion()).isEqualTo(ArticleEnricher.VERSION);
    assertThat(e.getKeyphrases()).isNotEmpty();
    assertThat(e.getQuotes()).anySatisfy(q -> {
      assertThat(q.getKind()).isEqualTo(QuoteKind.DIRECT);
      assertThat(q.getSpeaker()).isEqualTo("Anna Berg");
      assertThat(q.getSpeakerId()).isNotBlank();
    });
    var quoteRecords = quotes.readKeyValuesToList();
    assertThat(quoteRecords).hasSize(e.getQuotes().size());
    assertThat(quoteRecords).allSatisfy(kv -> assertThat(kv.key).isEqualTo(kv.value.getId()));
    assertThat(deadLetters.isEmpty()).isTrue();
  }

  @Test
  void sameArticleTwiceGivesIdenticalIds() {
    Article a = article("a2", List.of("\"Prices will fall next year,\" said central bank governor Tom Lee."));
    articles.pipeInput("a2", topics.articles().valueSerde().serializer().serialize("x", a));
    articles.pipeInput("a2", topics.articles().valueSerde().serializer().serialize("x", a));
    var out = quotes.readKeyValuesToList();
    assertThat(out).hasSize(2);
    assertThat(out.get(0).key).isEqualTo(out.get(1).key);
  }

  @Test
  void corruptRecordIsDeadLetteredAndTheNextOneProcessed() {
    byte[] garbage = "garbage".getBytes(StandardCharsets.UTF_8);
    articles.pipeInput("bad", garbage);
    articles.pipeInput("a3", topics.articles().valueSerde().serializer().serialize("x",
        article("a3", List.of("The committee met on Tuesday to discuss the budget for next year."))));

    DeadLetter d = deadLetters.readValue();
    assertThat(d.getStage()).isEqualTo("enrich");
    assertThat(d.getReason()).isEqualTo("undecodable");
    assertThat(d.getSourceTopic()).isEqualTo("t.articles");
    assertThat(d.getOriginalKey().array()).isEqualTo("bad".getBytes(StandardCharsets.UTF_8));
    assertThat(enriched.readKeyValue().key).isEqualTo("a3");
    assertThat(registry.get("newsflow.enrich.bad.input").tag("reason", "undecodable").counter().count())
        .isEqualTo(1.0);
  }

  @Test
  void skipPolicyCountsButWritesNoDeadLetter() {
    driver.close();
    DeadLetters dl = new DeadLetters("enrich", BadInputPolicy.SKIP, null, topics.deadLetters(), registry);
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "test2");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    driver = new TopologyTestDriver(EnrichTopology.build(topics, new ArticleEnricher(), dl), props);
    driver.createInputTopic(topics.articles().name(), Serdes.String().serializer(), Serdes.ByteArray().serializer())
        .pipeInput("bad", new byte[] {1, 2, 3});
    assertThat(driver.createOutputTopic(topics.deadLetters().name(), Serdes.String().deserializer(),
        Serdes.ByteArray().deserializer()).isEmpty()).isTrue();
    assertThat(registry.get("newsflow.enrich.bad.input").tag("reason", "undecodable").counter().count())
        .isEqualTo(1.0);
  }
}
