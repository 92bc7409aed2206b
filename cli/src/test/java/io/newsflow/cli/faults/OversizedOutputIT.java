package io.newsflow.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.common.testing.TemporaryKafka;
import io.newsflow.common.config.CommonConfig;
import io.newsflow.common.config.Settings;
import io.newsflow.common.kafka.KafkaClients;
import io.newsflow.common.kafka.TopicSetup;
import io.newsflow.common.lifecycle.Stage;
import io.newsflow.common.lifecycle.StageRunner;
import io.newsflow.common.streams.DeadLetterProductionHandler;
import io.newsflow.common.streams.RecordSizeLimit;
import io.newsflow.common.testing.KafkaRecords;
import io.newsflow.enrich.EnrichApp;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.EnrichedArticle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * An enriched article too large to write (issue #9, known defect) used to stop the enrich topology:
 * Streams' default production handler fails the stream thread on a non-retriable send error. Now the
 * article becomes a {@code too-large} dead letter (refused by {@link RecordSizeLimit} while it is
 * serialized) and the articles after it still come out; and an output over the broker's default
 * 1 MB but under the limit is written, because the topics accept what the producer sends.
 */
class OversizedOutputIT {
  private static final int ARTICLES = 30;
  /** Refused: its enriched output is over RecordSizeLimit (8 MiB less 64 KiB). */
  private static final int HUGE = 10;
  /** Written: its output is under the limit but over the broker's default 1 MB, even compressed. */
  private static final int BIG = 20;

  @TempDir static Path tmp;
  @RegisterExtension static final TemporaryKafka kafka = new TemporaryKafka();



  @Test
  void anOutputOverTheProducerLimitBecomesADeadLetterAndTheStageGoesOn() throws Exception {
    Map<String, String> flags = Map.of("bootstrap.servers", kafka.bootstrapServers(), "topic.prefix", "big",
        "state.dir", tmp.toString());
    Settings s = Settings.of(flags);
    CommonConfig common = CommonConfig.from(s);
    TopicSetup.ensureTopics(common, 2);
    Topics topics = new Topics("big");
    List<String> ids = produceArticles(common, topics);

    StageRunner runner = new StageRunner();
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    try {
      List<Stage> stages = EnrichApp.create(common, EnrichConfig.from(s), registry, runner);
      stages.forEach(Stage::start);
      List<EnrichedArticle> out = KafkaRecords.readFromStart(kafka.bootstrapServers(), topics.enriched().name(),
          topics.enriched().valueSerde().deserializer(), ARTICLES - 1, Duration.ofSeconds(90));
      List<DeadLetter> letters = KafkaRecords.readFromStart(kafka.bootstrapServers(), topics.deadLetters().name(),
          topics.deadLetters().valueSerde().deserializer(), 1, Duration.ofSeconds(30));

      List<String> expected = new ArrayList<>(ids);
      expected.remove(HUGE);
      assertThat(out).extracting(e -> e.getArticle().getId()).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(letters).hasSize(1);
      DeadLetter letter = letters.get(0);
      assertThat(letter.getReason()).isEqualTo(DeadLetterProductionHandler.TOO_LARGE);
      assertThat(letter.getStage()).isEqualTo("enrich");
      assertThat(letter.getErrorClass()).endsWith("RecordTooLargeException");
      assertThat(letter.getSourceTopic()).isEqualTo(topics.articles().name());
      assertThat(new String(letter.getOriginalKey().array(), StandardCharsets.UTF_8)).isEqualTo(ids.get(HUGE));
      assertThat(registry.get("newsflow.enrich.bad.input").tag("reason", "too-large").counter().count())
          .isEqualTo(1.0);
      assertThat(stages).allMatch(Stage::isReady);
    } finally {
      runner.closeAll();
    }
  }

  /** Small articles around two of random words (which zstd cannot shrink below ~55 %). */
  private static List<String> produceArticles(CommonConfig common, Topics topics) {
    Map<String, Object> props = KafkaClients.producer(common, "test");
    props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 2 * KafkaClients.MAX_RECORD_BYTES); // the input is accepted
    List<String> ids = new ArrayList<>();
    try (KafkaProducer<String, Article> p = new KafkaProducer<>(props, new StringSerializer(),
        topics.articles().valueSerde().serializer())) {
      for (int i = 0; i < ARTICLES; i++) {
        String id = "article-" + i;
        ids.add(id);
        List<String> paragraphs = i == HUGE ? randomParagraphs(new Random(i), RecordSizeLimit.MAX_VALUE_BYTES)
            : i == BIG ? randomParagraphs(new Random(i), 2_300_000) : List.of("\"We will build " + i + " new schools this year,\" Education Minister Ana Silva said.");
        p.send(new ProducerRecord<>(topics.articles().name(), id, Article.newBuilder()
            .setId(id).setUrl("https://example.org/" + i).setCanonicalUrl("https://example.org/" + i)
            .setTitle("Minister speaks " + i).setParagraphs(paragraphs)
            .setSource("test").setFetchedAt(Instant.ofEpochMilli(1_700_000_000_000L))
            .setContentHash("h" + i).setCleanerVersion("clean-1").build()));
      }
    }
    return ids;
  }

  private static List<String> randomParagraphs(Random random, int chars) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder p = new StringBuilder();
    int total = 0;
    while (total < chars) {
      int len = 2 + random.nextInt(9);
      for (int c = 0; c < len; c++) {
        p.append((char) ('a' + random.nextInt(26)));
      }
      p.append(' ');
      total += len + 1;
      if (p.length() > 2000) {
        paragraphs.add(p.append('.').toString());
        p.setLength(0);
      }
    }
    paragraphs.add(p.toString());
    return paragraphs;
  }
}
