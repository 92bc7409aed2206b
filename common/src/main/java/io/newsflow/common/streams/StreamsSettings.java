package io.newsflow.common.streams;

import io.newsflow.common.config.CommonConfig;
import io.newsflow.common.kafka.KafkaClients;
import io.newsflow.schemas.Topics;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Kafka Streams properties shared by the topologies: exactly-once v2, compression, refused outputs
 * dead-lettered ({@link DeadLetterProductionHandler}), overrides last.
 */
public final class StreamsSettings {
  /**
   * Records a task buffers per input partition when its input is raw pages (up to a few hundred KB each).
   * Kafka's default, 1,000, let the cleaner hold ~400 MB of fetched pages on a 3-partition topic whenever
   * it lagged (soak, heap after GC following the lag); 100 is still ~0.5 s of work per partition.
   */
  public static final int PAGE_RECORDS_BUFFERED = 100;
  /** Records a task buffers per input partition when its input is cleaned articles (a few KB to ~100 KB). */
  public static final int ARTICLE_RECORDS_BUFFERED = 500;

  private StreamsSettings() {}

  /**
   * @param recordsBuffered records fetched ahead per input partition (and per poll): with Kafka 4.4 this
   *     count, not a byte budget, is what bounds a lagging application's input buffer
   */
  public static Properties of(CommonConfig c, String applicationId, Path stateDir, int threads,
      int recordsBuffered) {
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, c.bootstrapServers());
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
    p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    // every Streams hop waits for the producing transaction to commit: 100 ms (Kafka's exactly-once default) cut
    // p50 fetch->row from ~0.8 to ~0.5 s against 200 ms for ~1 ms more CPU per article (README "Settings by measurement")
    p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
    p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "zstd");
    p.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 20);
    p.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), KafkaClients.MAX_RECORD_BYTES);
    // internal (repartition, changelog) topics accept what the producer sends, as TopicSetup's do
    p.put(StreamsConfig.topicPrefix("max.message.bytes"), String.valueOf(KafkaClients.TOPIC_MAX_MESSAGE_BYTES));
    p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
    // the input buffer stops taking records from a partition above this count, but one poll may add a
    // whole max.poll.records first: both bound what a lagging task holds in memory
    p.put(StreamsConfig.BUFFERED_RECORDS_PER_PARTITION_CONFIG, recordsBuffered);
    p.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_POLL_RECORDS_CONFIG), recordsBuffered);
    // an output the broker refuses for good becomes a dead letter instead of stopping the topology
    p.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProductionHandler.class.getName());
    p.put(DeadLetterProductionHandler.DEAD_LETTER_TOPIC, new Topics(c.topicPrefix()).deadLetters().name());
    p.put(DeadLetterProductionHandler.POLICY, c.badInput().name());
    // all state stores of the process share one bounded off-heap budget (BoundedStateMemory says why)
    p.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedStateMemory.class);
    p.put(BoundedStateMemory.TOTAL_BYTES, c.stateMemoryBytes());
    p.putAll(c.kafkaOverrides());
    return p;
  }
}
