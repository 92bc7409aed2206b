package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.common.config.BadInputPolicy;
import io.newsflow.common.deadletter.DeadLetters;
import io.newsflow.schemas.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How feeds-topic records change the run-time source list. */
class TopicSourcesTest {
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final Topics topics = new Topics("t");
  private final TopicSources sources = new TopicSources(new MockConsumer<>("earliest"), topics.feeds().name(),
      SourceSpec::isRemote, new DeadLetters("ingest", BadInputPolicy.DEAD_LETTER, null, topics.deadLetters(), registry));
  private long offset;

  @AfterEach
  void close() {
    sources.close();
  }

  private void record(int partition, String key, String value) {
    sources.apply(new ConsumerRecord<>(topics.feeds().name(), partition, offset++, key, value));
  }

  private double badInput(String reason) {
    var c = registry.find("newsflow.ingest.bad.input").tag("reason", reason).counter();
    return c == null ? 0 : c.count();
  }

  @Test
  void addedSourcesAppearAndTombstonesRemoveThem() {
    record(0, "https://a.example/rss", "{\"type\":\"rss\"}");
    record(1, "https://b.example/sitemap.xml", "{\"type\":\"sitemap\",\"pollSeconds\":60}");
    assertThat(sources.snapshot()).containsOnlyKeys("https://a.example/rss", "https://b.example/sitemap.xml");
    assertThat(sources.snapshot().get("https://b.example/sitemap.xml").type()).isEqualTo(SourceType.SITEMAP);

    record(0, "https://a.example/rss", null);

    assertThat(sources.snapshot()).containsOnlyKeys("https://b.example/sitemap.xml");
  }

  @Test
  void aLaterRecordChangesTheSettings() {
    record(0, "https://a.example/feed", "{\"type\":\"rss\"}");
    record(0, "https://a.example/feed", "{\"type\":\"sitemap\"}");
    assertThat(sources.snapshot().get("https://a.example/feed").type()).isEqualTo(SourceType.SITEMAP);
  }

  @Test
  void invalidSettingsAreDeadLetteredAndIgnored() {
    record(0, "https://a.example/rss", "{\"type\":\"rss\"}");
    record(0, "https://a.example/rss", "{broken");
    record(0, null, "{\"type\":\"rss\"}");
    assertThat(sources.snapshot()).isEmpty();
    assertThat(badInput("bad-source")).isEqualTo(2.0);
  }

  @Test
  void localPathsFromTheTopicAreRefusedUnlessAllowed() {
    record(0, "/etc", "{\"type\":\"html-dir\"}");
    assertThat(sources.snapshot()).isEmpty();
    assertThat(badInput("local-source-refused")).isEqualTo(1.0);
  }
}
