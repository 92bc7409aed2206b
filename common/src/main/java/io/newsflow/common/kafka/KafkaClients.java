package io.newsflow.common.kafka;

import io.newsflow.common.config.CommonConfig;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * Kafka client properties built in one place, so every stage gets the same guarantees: idempotent
 * producers with acks=all, compressed batches, consumers that commit only explicitly and read only
 * committed transactional data. {@code kafka.*} settings are applied last and win (TLS/SASL).
 */
public final class KafkaClients {
  private KafkaClients() {}

  /**
   * Largest record (serialized, before compression) a newsflow producer sends; a larger one is
   * refused in the client with {@code RecordTooLargeException} and becomes a {@code too-large}
   * dead letter.
   */
  public static final int MAX_RECORD_BYTES = 8 * 1024 * 1024;
  /**
   * {@code max.message.bytes} of the newsflow topics: above {@link #MAX_RECORD_BYTES} plus batch
   * overhead, so the broker never refuses what the producer let through (a broker-side refusal
   * aborts a Streams transaction, and the task would retry the same record forever).
   */
  public static final int TOPIC_MAX_MESSAGE_BYTES = MAX_RECORD_BYTES + 64 * 1024;

  public static Map<String, Object> base(CommonConfig c, String clientId) {
    Map<String, Object> p = new HashMap<>();
    p.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, c.bootstrapServers());
    p.put(CommonClientConfigs.CLIENT_ID_CONFIG, clientId);
    return p;
  }

  public static Map<String, Object> producer(CommonConfig c, String clientId) {
    Map<String, Object> p = base(c, clientId);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
    p.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    p.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
    p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_RECORD_BYTES);
    p.putAll(c.kafkaOverrides());
    return p;
  }

  public static Map<String, Object> consumer(CommonConfig c, String clientId, String groupId) {
    Map<String, Object> p = base(c, clientId);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.putAll(c.kafkaOverrides());
    return p;
  }

  public static Map<String, Object> admin(CommonConfig c) {
    Map<String, Object> p = base(c, "newsflow-admin");
    p.putAll(c.kafkaOverrides());
    return p;
  }
}
