package io.newsflow.sink;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.newsflow.common.cli.StageCommands;
import io.newsflow.common.config.CommonConfig;
import io.newsflow.common.http.HttpEndpoints;
import io.newsflow.common.deadletter.DeadLetters;
import io.newsflow.common.kafka.KafkaClients;
import io.newsflow.common.lifecycle.Stage;
import io.newsflow.common.lifecycle.StageRunner;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.sink.store.ArticleStore;
import io.newsflow.sink.store.JdbcArticleStore;
import io.newsflow.sink.web.SinkWeb;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Assembles the sink stage: store (migrated on open), consumer (with Kafka client metrics, e.g. the lag gauges
 * {@code kafka.consumer.fetch.manager.records.lag[.max]}), dead letters; and, through {@link #withWeb}, the web
 * API and page over the same store.
 */
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
    // consumer lag and fetch metrics; closed before the service (reverse registration order) so that the
    // binder's scheduler stops before the consumer closes
    SinkService service = new SinkService(consumer, dlProducer, topics.enriched(), store,
        new DeadLetters(STAGE, common.badInput(), dlProducer, topics.deadLetters(), registry), config, registry);
    runner.own(service);
    KafkaClientMetrics consumerMetrics = runner.own(new KafkaClientMetrics(consumer));
    consumerMetrics.bindTo(registry);
    return service;
  }

  /**
   * The sink stage plus its web API/page over the same store, for {@code StageCommands.run(config, runner,
   * sink::create, sink)}: {@link WithWeb#create} opens the store (the factory runs first), then
   * {@link WithWeb#addTo} registers {@link SinkWeb} on the process's HTTP server.
   */
  public static WithWeb withWeb(SinkConfig config) {
    return new WithWeb(config);
  }

  /** See {@link #withWeb}. Single use: one {@code create}, then one {@code addTo}. */
  public static final class WithWeb implements StageCommands.Routes {
    private final SinkConfig config;
    private ArticleStore store;
    private MeterRegistry registry;

    private WithWeb(SinkConfig config) {
      this.config = config;
    }

    /** Opens (and migrates) the store, owned by {@code runner}, and creates the sink stage over it. */
    public List<Stage> create(CommonConfig common, MeterRegistry registry, StageRunner runner) {
      this.registry = registry;
      this.store = runner.own(JdbcArticleStore.open(config.store()));
      return List.of(SinkApp.create(common, config, store, registry, runner));
    }

    /** @throws IllegalStateException when {@link #create} has not run (the store is not open) */
    @Override
    public void addTo(HttpEndpoints http) {
      if (store == null) {
        throw new IllegalStateException("SinkApp.WithWeb.create must run before its routes are added");
      }
      new SinkWeb(store, registry).addTo(http);
    }
  }
}
