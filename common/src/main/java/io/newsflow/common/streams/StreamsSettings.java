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
  private StreamsSettings() {}

  public static Properties of(CommonConfig c, String applicationId, Path stateDir, int threads) {
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
    // an output the broker refuses for good becomes a dead letter instead of stopping the topology
    p.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProductionHandler.class.getName());
    p.put(DeadLetterProductionHandler.DEAD_LETTER_TOPIC, new Topics(c.topicPrefix()).deadLetters().name());
    p.put(DeadLetterProductionHandler.POLICY, c.badInput().name());
    p.putAll(c.kafkaOverrides());
    return p;
  }
}
