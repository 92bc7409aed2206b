package io.newsflow.cli.deploy;

import io.newsflow.cli.ConfigKeysForTests;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Which environment variables a newsflow process reads: NEWSFLOW_&lt;KEY&gt; for every config key, and
 * NEWSFLOW_KAFKA_&lt;SETTING&gt; for the Kafka client pass-through, where the setting (underscores read
 * as dots, as {@code Settings.withPrefix} does) must be a real producer, consumer, admin or Streams setting.
 */
final class EnvNames {
  static final String KAFKA_PREFIX = "NEWSFLOW_KAFKA_";
  /** Read by the JVM, not by newsflow; allowed beside the NEWSFLOW_ variables. */
  static final Set<String> JVM = Set.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS");

  private static final Set<String> KAFKA_SETTINGS = kafkaSettings();

  private EnvNames() {}

  /** Why {@code name} would be ignored or misread by newsflow, or null when it is understood. */
  static String problem(String name) {
    if (JVM.contains(name) || ConfigKeysForTests.byEnvName().containsKey(name)) {
      return null;
    }
    if (name.startsWith(KAFKA_PREFIX)) {
      String setting = kafkaSetting(name);
      return KAFKA_SETTINGS.contains(setting) ? null
          : name + " passes '" + setting + "' to the Kafka clients, which is no Kafka client setting";
    }
    return name + " is no newsflow config key (see `newsflow config`)";
  }

  /** NEWSFLOW_KAFKA_SECURITY_PROTOCOL -> security.protocol. */
  static String kafkaSetting(String envName) {
    return envName.substring(KAFKA_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
  }

  private static Set<String> kafkaSettings() {
    Set<String> s = new HashSet<>(ProducerConfig.configNames());
    s.addAll(ConsumerConfig.configNames());
    s.addAll(AdminClientConfig.configNames());
    s.addAll(StreamsConfig.configDef().names());
    return s;
  }
}
