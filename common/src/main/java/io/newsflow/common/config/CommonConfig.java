package io.newsflow.common.config;

import java.util.List;
import java.util.Map;

/**
 * Settings every stage shares: where Kafka is, the topic prefix, the HTTP port for metrics and
 * health, the bad-input policy, and Kafka client pass-through ({@code kafka.*}, e.g.
 * {@code kafka.security.protocol=SASL_SSL}) for TLS/SASL.
 */
public record CommonConfig(String bootstrapServers, String topicPrefix, int httpPort, BadInputPolicy badInput,
    java.nio.file.Path stateDir, long stateMemoryBytes, Map<String, String> kafkaOverrides) {

  public static final ConfigKey<String> BOOTSTRAP_SERVERS = ConfigKey.string("bootstrap.servers", "localhost:9092",
      "Kafka bootstrap servers (host:port,...). `newsflow run` starts an embedded broker there.");
  public static final ConfigKey<String> TOPIC_PREFIX = ConfigKey.string("topic.prefix", "newsflow",
      "Prefix of every topic name: <prefix>.pages, .articles, .articles.enriched, .quotes, .deadletter.");
  public static final ConfigKey<Integer> HTTP_PORT = ConfigKey.integer("http.port", 8080, 0, 65535,
      "Port of the HTTP server with /metrics, /healthz, /readyz (and the sink's API and web page); 0 picks a free port.");
  public static final ConfigKey<BadInputPolicy> BAD_INPUT = ConfigKey.enumValue("bad.input", BadInputPolicy.class,
      BadInputPolicy.DEAD_LETTER,
      "What a stage does with a record it cannot process: dead-letter (write it to <prefix>.deadletter and go on), "
          + "skip (count it and go on), fail (stop the stage).");

  public static final ConfigKey<String> STATE_DIR = ConfigKey.string("state.dir", "./data/state",
      "Directory for Kafka Streams state of the cleaner and enrich topologies.");
  public static final ConfigKey<Long> STATE_MEMORY_BYTES = ConfigKey.longValue("state.memory.bytes", 32L << 20, 1L << 20,
      "Off-heap memory of all Kafka Streams state stores of one process together (RocksDB block cache, index and "
          + "filter blocks, memtables): one shared, bounded budget instead of Kafka's ~100 MB per store partition.");

  public static final List<ConfigKey<?>> KEYS = List.of(BOOTSTRAP_SERVERS, TOPIC_PREFIX, HTTP_PORT, BAD_INPUT, STATE_DIR,
      STATE_MEMORY_BYTES);

  public static CommonConfig from(Settings s) {
    return new CommonConfig(s.get(BOOTSTRAP_SERVERS), s.get(TOPIC_PREFIX), s.get(HTTP_PORT), s.get(BAD_INPUT),
        java.nio.file.Path.of(s.get(STATE_DIR)), s.get(STATE_MEMORY_BYTES), s.withPrefix("kafka."));
  }

  public CommonConfig withBootstrapServers(String servers) {
    return new CommonConfig(servers, topicPrefix, httpPort, badInput, stateDir, stateMemoryBytes, kafkaOverrides);
  }

  public CommonConfig withHttpPort(int port) {
    return new CommonConfig(bootstrapServers, topicPrefix, port, badInput, stateDir, stateMemoryBytes, kafkaOverrides);
  }
}
