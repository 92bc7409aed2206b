package io.newsflow.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.common.config.CommonConfig;
import io.newsflow.common.deadletter.DeadLetters;
import io.newsflow.common.kafka.KafkaClients;
import io.newsflow.common.lifecycle.Stage;
import io.newsflow.common.lifecycle.StageRunner;
import io.newsflow.common.streams.StreamsSettings;
import io.newsflow.common.streams.StreamsStage;
import io.newsflow.ingest.clean.ArticleCleaner;
import io.newsflow.ingest.fetch.FetchLimits;
import io.newsflow.ingest.fetch.HttpFetcher;
import io.newsflow.ingest.fetch.UrlGuard;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.FetchedPage;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Assembles the ingest stage: the fetcher (sources to pages) and the cleaner (pages to articles). */
public final class IngestApp {
  static final String STAGE = "ingest";

  private IngestApp() {}

  /** Creates (not starts) the ingest stages; their resources are closed by {@code runner}. */
  public static List<Stage> create(CommonConfig common, IngestConfig config, MeterRegistry registry,
      StageRunner runner) {
    Topics topics = new Topics(common.topicPrefix());
    KafkaProducer<String, DeadLetter> dlProducer = runner.own(new KafkaProducer<>(
        KafkaClients.producer(common, "newsflow-ingest-deadletter"), new StringSerializer(),
        topics.deadLetters().valueSerde().serializer()));
    List<Stage> stages = new ArrayList<>();
    if (config.hasSources()) {
      FetchLimits defaults = FetchLimits.defaults();
      FetchLimits limits = new FetchLimits(defaults.connectTimeout(), defaults.readTimeout(), config.maxBodyBytes(),
          defaults.maxRedirects(), defaults.maxDecompressionRatio(), defaults.userAgent());
      HttpFetcher fetcher = runner.own(new HttpFetcher(limits,
          config.allowPrivateAddresses() ? UrlGuard.allowingLoopback() : UrlGuard.strict()));
      KafkaProducer<String, FetchedPage> pageProducer = runner.own(new KafkaProducer<>(
          KafkaClients.producer(common, "newsflow-ingest-fetch"), new StringSerializer(),
          topics.pages().valueSerde().serializer()));
      DeadLetters fetchFailures = new DeadLetters(STAGE, common.badInput(), dlProducer, topics.deadLetters(), registry);
      stages.add(runner.own(new FetchService(config, new PageSource(fetcher, config.maxBodyBytes()), pageProducer,
          topics.pages(), fetchFailures, registry)));
    }
    DeadLetters cleanFailures = new DeadLetters(STAGE, common.badInput(), null, topics.deadLetters(), registry);
    stages.add(runner.own(new StreamsStage("ingest-clean",
        CleanTopology.build(topics, new MeteredMapper(new ArticleMapper(new ArticleCleaner()), registry), cleanFailures),
        StreamsSettings.of(common, CleanTopology.APPLICATION_ID, common.stateDir().resolve("clean"),
            config.cleanThreads()),
        registry)));
    return stages;
  }
}
