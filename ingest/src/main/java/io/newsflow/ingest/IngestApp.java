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
import io.newsflow.ingest.discover.RobotsCache;
import io.newsflow.ingest.fetch.Backoff;
import io.newsflow.ingest.fetch.FetchLimits;
import io.newsflow.ingest.fetch.HostThrottle;
import io.newsflow.ingest.fetch.HttpFetcher;
import io.newsflow.ingest.fetch.UrlGuard;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.FetchedPage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Assembles the ingest stage: the fetcher (sources to pages) and the cleaner (pages to articles). */
public final class IngestApp {
  static final String STAGE = "ingest";
  /** The robots.txt token of the crawler (FetchLimits' User-Agent starts with it). */
  static final String ROBOTS_AGENT = "newsflow";
  /** Longest host spacing ever applied, whatever robots.txt says. */
  static final Duration MAX_HOST_DELAY = Duration.ofSeconds(60);
  static final int MAX_TRACKED_HOSTS = 100_000;
  /** Unfinished URLs one host-queue partition may hold before it is paused (bounds the fetcher's memory). */
  static final int MAX_UNFINISHED_PER_PARTITION = 5_000;

  private IngestApp() {}

  /** Creates (not starts) the ingest stages; their resources are closed by {@code runner}. */
  public static List<Stage> create(CommonConfig common, IngestConfig config, MeterRegistry registry,
      StageRunner runner) {
    Topics topics = new Topics(common.topicPrefix());
    KafkaProducer<String, DeadLetter> dlProducer = runner.own(new KafkaProducer<>(
        KafkaClients.producer(common, "newsflow-ingest-deadletter"), new StringSerializer(),
        topics.deadLetters().valueSerde().serializer()));
    List<Stage> stages = new ArrayList<>();
    if (config.runsFetcher()) {
      stages.add(fetcher(common, config, topics, dlProducer, registry, runner));
    }
    DeadLetters cleanFailures = new DeadLetters(STAGE, common.badInput(), null, topics.deadLetters(), registry);
    stages.add(runner.own(new StreamsStage("ingest-clean",
        CleanTopology.build(topics, new MeteredMapper(new ArticleMapper(new ArticleCleaner()), registry), cleanFailures,
            key -> true, new ContentDedup.Settings(config.dedupTtl()), registry),
        StreamsSettings.of(common, CleanTopology.APPLICATION_ID, common.stateDir().resolve("clean"),
            config.cleanThreads(), StreamsSettings.PAGE_RECORDS_BUFFERED),
        registry)));
    return stages;
  }

  static FetchService fetcher(CommonConfig common, IngestConfig config, Topics topics,
      KafkaProducer<String, DeadLetter> dlProducer, MeterRegistry registry, StageRunner runner) {
    FetchLimits limits = FetchLimits.defaults().withMaxBodyBytes(config.maxBodyBytes());
    HttpFetcher http = runner.own(new HttpFetcher(limits,
        config.allowPrivateAddresses() ? UrlGuard.allowingLoopback() : UrlGuard.strict()));
    KafkaProducer<String, FetchedPage> pageProducer = runner.own(new KafkaProducer<>(
        KafkaClients.producer(common, "newsflow-ingest-fetch"), new StringSerializer(),
        topics.pages().valueSerde().serializer()));
    DeadLetters fetchFailures = new DeadLetters(STAGE, common.badInput(), dlProducer, topics.deadLetters(), registry);
    Duration maxDelay = config.hostDelay().compareTo(MAX_HOST_DELAY) > 0 ? config.hostDelay() : MAX_HOST_DELAY;
    Politeness politeness = new Politeness(RobotsCache.using(http, ROBOTS_AGENT),
        new HostThrottle(config.hostDelay(), maxDelay, MAX_TRACKED_HOSTS), config.hostDelay());
    Backoff backoff = new Backoff(config.retryBase(), config.retryCap(), config.retryAttempts(), new Random());
    TopicSources topicSources = null;
    if (config.sourcesFromTopic() && !config.once()) {
      Map<String, Object> props = KafkaClients.consumer(common, "newsflow-ingest-sources", config.sourcesGroupId());
      // incremental rebalancing: an instance joining or leaving moves only the partitions that change owner
      props.putIfAbsent(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName());
      topicSources = new TopicSources(new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer()),
          topics.feeds().name(), spec -> spec.isRemote() || config.topicLocalFiles(), fetchFailures);
    }
    HostQueue hostQueue = config.once() ? null : hostQueue(common, config, topics, runner);
    return runner.own(new FetchService(config, new PageSource(http, config.maxBodyBytes()), pageProducer,
        topics.pages(), fetchFailures, politeness, backoff, topicSources, hostQueue,
        common.stateDir().resolve("fetch").resolve("seen-urls.bin"), registry));
  }

  /** The host-partitioned page queue shared by the instances of one group (see {@link HostQueue}). */
  private static HostQueue hostQueue(CommonConfig common, IngestConfig config, Topics topics, StageRunner runner) {
    Map<String, Object> props = KafkaClients.consumer(common, "newsflow-ingest-hosts", config.sourcesGroupId() + "-hosts");
    props.putIfAbsent(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName());
    props.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000);
    KafkaProducer<String, String> producer = runner.own(new KafkaProducer<>(
        KafkaClients.producer(common, "newsflow-ingest-route"), new StringSerializer(), new StringSerializer()));
    return new HostQueue(producer, new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer()),
        topics.urls().name(), MAX_UNFINISHED_PER_PARTITION);
  }
}
