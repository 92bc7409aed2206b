package io.newsflow.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaIT {

  @Test
  void restartOnTheSameDirectoryKeepsRecords(@TempDir Path dir) throws Exception {
    int port = EmbeddedKafka.freePort();
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir, port)) {
      kafka.createTopics(List.of("t"), 1);
      try (KafkaProducer<String, String> p = new KafkaProducer<>(Map.of(
          ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
          new StringSerializer(), new StringSerializer())) {
        for (int i = 0; i < 100; i++) {
          p.send(new ProducerRecord<>("t", "k" + i, "v" + i));
        }
        p.flush();
      }
    }
    assertThat(Files.exists(dir.resolve("data/meta.properties"))).isTrue();
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir, port)) {
      assertThat(readAll(kafka.bootstrapServers(), "t", 100)).hasSize(100);
    }
  }

  @Test
  void temporaryBrokerDeletesItsDirectory() {
    Path dir;
    try (EmbeddedKafka kafka = EmbeddedKafka.startTemporary()) {
      dir = kafka.dataDir();
      assertThat(dir).exists();
    }
    assertThat(dir).doesNotExist();
  }

  static List<String> readAll(String bootstrap, String topic, int expected) {
    List<String> out = new ArrayList<>();
    try (KafkaConsumer<String, String> c = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.GROUP_ID_CONFIG, "g",
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
      c.subscribe(List.of(topic));
      long deadline = System.currentTimeMillis() + 30_000;
      while (out.size() < expected && System.currentTimeMillis() < deadline) {
        for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(200))) {
          out.add(r.value());
        }
      }
    }
    return out;
  }
}
