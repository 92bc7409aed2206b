package io.newsflow.sink;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.common.config.CommonConfig;
import io.newsflow.common.deadletter.DeadLetters;
import io.newsflow.common.kafka.KafkaClients;
import io.newsflow.common.lifecycle.Stage;
import io.newsflow.common.lifecycle.StageRunner;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.sink.store.ArticleStore;
import io.newsflow.sink.store.JdbcArticleStore;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Assembles the sink stage: store (migrated on open), consumer, dead letters. */
public final class SinkApp {
  static final String STAGE = "sink";

  private SinkApp() {}

  public static List<Stage> create(CommonConfig common, SinkConfig config, MeterRegistry registry,
      StageRunner runner) {
    ArticleStore store = runner.own(JdbcArticleStore.open(config.store()));
    return List.of(create(common, config, store, registry, runner));
  }

  /** The sink over a store opened elsewhere (the web API shares it in {@code newsflow run}). */
  public static SinkService create(CommonConfig common, SinkConfig config, ArticleStore store,
      MeterRegistry registry, StageRunner runner) {
    Topics topics = new Topics(common.topicPrefix());
    KafkaProducer<String, DeadLetter> dlProducer = runner.own(new KafkaProducer<>(
        KafkaClients.producer(common, "newsflow-sink-deadletter"), new StringSerializer(),
        topics.deadLetters().valueSerde().serializer()));
    Map<String, Object> props = KafkaClients.consumer(common, "newsflow-sink", config.groupId());
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.batchSize());
    KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    DeadLetters deadLetters = new DeadLetters(STAGE, common.badInput(), dlProducer, topics.deadLetters(), registry);
    return runner.own(new SinkService(consumer, dlProducer, topics.enriched(), store, deadLetters, config, registry));
  }
}
