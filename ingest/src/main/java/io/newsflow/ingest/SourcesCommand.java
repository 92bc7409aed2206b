package io.newsflow.ingest;

import io.newsflow.common.cli.CommonOptions;
import io.newsflow.common.cli.StageCommands;
import io.newsflow.common.config.CommonConfig;
import io.newsflow.common.kafka.KafkaClients;
import io.newsflow.common.kafka.TopicSetup;
import io.newsflow.schemas.Topics;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow sources add https://example.org/rss.xml --type rss --bootstrap-servers kafka:9092},
 * {@code newsflow sources list}, {@code newsflow sources remove URL}: manages the run-time source list,
 * the compacted {@code <prefix>.feeds} topic (key = source URL or path, value = JSON settings such as
 * {@code {"type":"sitemap","pollSeconds":600}}, a tombstone removes). Running ingest instances pick changes
 * up within a second; each source is polled by the one instance that owns its partition, and sources are
 * placed on partitions by host ({@link SourcePartitioner}), so one site's feeds share one instance.
 */
@Command(name = "sources", mixinStandardHelpOptions = true,
    description = {"Manage the run-time source list of ingest (the compacted <prefix>.feeds topic).",
        "Types: rss (RSS/Atom/JSON Feed), sitemap (sitemap or sitemap index), urls (URL list file),",
        "html-dir (local directory), warc (local WARC/WARC.gz archive)."},
    subcommands = {SourcesCommand.Add.class, SourcesCommand.ListSources.class, SourcesCommand.Remove.class})
public final class SourcesCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code newsflow sources add URL [--type T] [--poll-seconds N]}. */
  @Command(name = "add", mixinStandardHelpOptions = true,
      description = "Add a source, or change its settings (the type is guessed from the name when not given).")
  static final class Add implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "URL|PATH", description = "The source location (the topic key).")
    String location;

    @Option(names = "--type", paramLabel = "TYPE", description = "rss, sitemap, urls, html-dir or warc.")
    String type;

    @Option(names = "--poll-seconds", paramLabel = "N", description = "First poll interval (then adaptive).")
    Long pollSeconds;

    @Override
    public Integer call() throws Exception {
      SourceSpec inferred = SourceSpec.infer(location);
      SourceSpec source = new SourceSpec(location, type == null ? inferred.type() : SourceType.of(type),
          pollSeconds == null ? null : Duration.ofSeconds(pollSeconds));
      CommonConfig c = CommonConfig.from(common.settings());
      send(c, source.location(), source.toJson());
      spec.commandLine().getOut().printf("added %s %s%n", source.location(), source.toJson());
      return 0;
    }
  }

  /** {@code newsflow sources remove URL}. */
  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a source (writes a tombstone).")
  static final class Remove implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "URL|PATH", description = "The source location as added.")
    String location;

    @Override
    public Integer call() throws Exception {
      CommonConfig c = CommonConfig.from(common.settings());
      send(c, location.strip(), null);
      spec.commandLine().getOut().printf("removed %s%n", location.strip());
      return 0;
    }
  }

  /** {@code newsflow sources list}: one line per source, {@code LOCATION<TAB>SETTINGS}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the current sources.")
  static final class ListSources implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      CommonConfig c = CommonConfig.from(common.settings());
      PrintWriter out = spec.commandLine().getOut();
      for (Map.Entry<String, String> e : read(c).entrySet()) {
        out.printf("%s\t%s%n", e.getKey(), e.getValue());
      }
      out.flush();
      return 0;
    }
  }

  /**
   * Writes a source (or its tombstone when {@code value} is null) to the partition of its host. A
   * tombstone also goes to the key's default partition, in case another tool wrote the source there.
   */
  static void send(CommonConfig c, String key, String value) throws Exception {
    TopicSetup.ensureTopics(c, StageCommands.DEFAULT_PARTITIONS);
    String topic = new Topics(c.topicPrefix()).feeds().name();
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(KafkaClients.producer(c, "newsflow-sources"),
        new StringSerializer(), new StringSerializer())) {
      int partitions = producer.partitionsFor(topic).size();
      int partition = SourcePartitioner.partitionOf(key, partitions);
      producer.send(new ProducerRecord<>(topic, partition, key, value)).get(60, TimeUnit.SECONDS);
      int other = SourcePartitioner.defaultPartitionOf(key, partitions);
      if (value == null && other != partition) {
        producer.send(new ProducerRecord<>(topic, other, key, null)).get(60, TimeUnit.SECONDS);
      }
    }
  }

  /** The current list: the whole compacted topic read to its end, later records winning, tombstones removing. */
  static Map<String, String> read(CommonConfig c) {
    String topic = new Topics(c.topicPrefix()).feeds().name();
    Map<String, Object> props = KafkaClients.base(c, "newsflow-sources-list");
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.putAll(c.kafkaOverrides());
    Map<String, String> sources = new TreeMap<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
        new StringDeserializer())) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (PartitionInfo p : consumer.partitionsFor(topic, Duration.ofSeconds(60))) {
        partitions.add(new TopicPartition(topic, p.partition()));
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(60));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!caughtUp(consumer, end) && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
          if (r.key() == null) {
            continue;
          }
          if (r.value() == null) {
            sources.remove(r.key());
          } else {
            sources.put(r.key(), r.value());
          }
        }
      }
      if (!caughtUp(consumer, end)) {
        throw new IllegalStateException("could not read " + topic + " to its end within 60 s");
      }
    }
    return sources;
  }

  private static boolean caughtUp(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
    for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
      if (consumer.position(e.getKey()) < e.getValue()) {
        return false;
      }
    }
    return true;
  }
}
