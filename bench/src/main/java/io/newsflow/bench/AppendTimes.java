package io.newsflow.bench;

import io.newsflow.common.config.CommonConfig;
import io.newsflow.common.ids.Ids;
import io.newsflow.common.kafka.KafkaClients;
import io.newsflow.schemas.Topics;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * When each article reached each pipeline topic, from the broker's own clock. The bench switches its
 * topics to {@code message.timestamp.type=LogAppendTime} before the stages start: Kafka Streams gives
 * an output record its input's timestamp, so with the default CreateTime every hop would carry the
 * fetch producer's send time. After the run each topic is read from the start and the first append
 * time of each article id is kept (one JVM, so broker and stages share the wall clock).
 */
final class AppendTimes {
  private static final Duration POLL = Duration.ofMillis(500);

  /** Append times of every article on the three topics of its path, keyed by article id. */
  record OnTopics(Map<String, Long> pages, Map<String, Long> articles, Map<String, Long> enriched) {
    static OnTopics read(CommonConfig common, Topics topics) {
      return new OnTopics(AppendTimes.read(common, topics.pages().name(), PAGE_KEY),
          AppendTimes.read(common, topics.articles().name(), ARTICLE_KEY),
          AppendTimes.read(common, topics.enriched().name(), ARTICLE_KEY));
    }
  }

  private AppendTimes() {}

  /** The topics {@link OnTopics} reads. */
  static List<String> measured(Topics topics) {
    return List.of(topics.pages().name(), topics.articles().name(), topics.enriched().name());
  }

  /** Makes the broker stamp every record of {@code topics} with its append time. */
  static void stampOnAppend(CommonConfig common, Collection<String> topics) throws Exception {
    Map<ConfigResource, Collection<AlterConfigOp>> ops = new HashMap<>();
    for (String t : topics) {
      ops.put(new ConfigResource(ConfigResource.Type.TOPIC, t), List.of(new AlterConfigOp(
          new ConfigEntry("message.timestamp.type", TimestampType.LOG_APPEND_TIME.name), AlterConfigOp.OpType.SET)));
    }
    try (Admin admin = Admin.create(KafkaClients.admin(common))) {
      admin.incrementalAlterConfigs(ops).all().get(30, TimeUnit.SECONDS);
    }
  }

  /** Record keys of {@code pages} are canonical URLs, from which the article id is derived. */
  static final UnaryOperator<String> PAGE_KEY = Ids::articleId;
  /** Records of {@code articles} and {@code articles.enriched} are keyed by the article id. */
  static final UnaryOperator<String> ARTICLE_KEY = UnaryOperator.identity();

  /**
   * Article id (from the record key through {@code keyToId}) to the append time (epoch millis) of its
   * first committed record in {@code topic}; records without a key are skipped. Fails when a record
   * carries a create time: the topic was not switched by {@link #stampOnAppend}.
   */
  static Map<String, Long> read(CommonConfig common, String topic, UnaryOperator<String> keyToId) {
    Map<String, Object> props = KafkaClients.consumer(common, "bench-append-times", "bench-append-times");
    // values are not needed, but the consumer still has to fetch them: one record may be a large page
    props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, KafkaClients.TOPIC_MAX_MESSAGE_BYTES);
    Map<String, Long> out = new HashMap<>();
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
          .map(p -> new TopicPartition(topic, p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(POLL)) {
          if (r.timestampType() != TimestampType.LOG_APPEND_TIME) {
            throw new IllegalStateException(topic + " carries " + r.timestampType() + ", not the append time");
          }
          if (r.key() != null) {
            out.putIfAbsent(keyToId.apply(r.key()), r.timestamp());
          }
        }
      }
    }
    return out;
  }
}
