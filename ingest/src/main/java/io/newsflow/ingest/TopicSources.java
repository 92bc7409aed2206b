package io.newsflow.ingest;

import io.newsflow.common.deadletter.DeadLetters;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run-time source list: the share of the compacted feeds topic (key = source URL, value = JSON
 * settings, null = removed) that this instance owns.
 *
 * <p>Sharing: every ingest instance subscribes with the same consumer group, so Kafka assigns each
 * partition of the feeds topic to exactly one instance and a source is polled by one instance.
 * {@code newsflow sources add} places each source on the partition of its host
 * ({@link SourcePartitioner}), so all feeds of one site are polled, and their pages fetched and
 * throttled, by one instance. Ownership is rebuilt, not committed: when partitions are assigned, they are
 * read again from their beginning (the topic is compacted, so this is the current list); when they are
 * revoked or lost, their sources are dropped. So when an instance stops, the group rebalances and
 * another instance reads those partitions and takes the sources over. Offsets are never committed.
 *
 * <p>A value that is not valid settings, or a local path when those are not allowed, is a dead letter
 * ({@code bad-source} / {@code local-source-refused}) and the source is ignored. Thread-safe: one
 * internal thread owns the consumer; {@link #snapshot()} may be called from any thread.
 */
final class TopicSources implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(TopicSources.class);

  private final Consumer<String, String> consumer;
  private final String topic;
  private final Predicate<SourceSpec> permitted;
  private final DeadLetters deadLetters;
  private final Map<Integer, Map<String, SourceSpec>> byPartition = new ConcurrentHashMap<>();
  private final ConsumerThread loop;
  private volatile boolean assigned;

  TopicSources(Consumer<String, String> consumer, String topic, Predicate<SourceSpec> permitted,
      DeadLetters deadLetters) {
    this.consumer = consumer;
    this.topic = topic;
    this.permitted = permitted;
    this.deadLetters = deadLetters;
    this.loop = new ConsumerThread("newsflow-ingest-sources", consumer, this::pollOnce, () -> { },
        "run-time sources are no longer updated", Duration.ofSeconds(10));
  }

  void start() {
    consumer.subscribe(List.of(topic), new Ownership());
    loop.start();
  }

  /** The sources this instance owns now, by location. */
  Map<String, SourceSpec> snapshot() {
    Map<String, SourceSpec> all = new HashMap<>();
    for (Map<String, SourceSpec> part : byPartition.values()) {
      all.putAll(part);
    }
    return all;
  }

  /** True once the group gave this instance its partitions (possibly none). */
  boolean isAssigned() {
    return assigned;
  }

  /** Rebuilds the share of the source list: partitions are re-read from the start when assigned. */
  private final class Ownership implements ConsumerRebalanceListener {
    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      partitions.forEach(p -> byPartition.remove(p.partition()));
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
      onPartitionsRevoked(partitions);
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
      partitions.forEach(p -> byPartition.put(p.partition(), new ConcurrentHashMap<>()));
      consumer.seekToBeginning(partitions);
      assigned = true;
      log.info("ingest owns feeds-topic partitions {}", partitions.stream().map(TopicPartition::partition).toList());
    }
  }

  private void pollOnce() {
    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
      apply(r);
    }
  }

  void apply(ConsumerRecord<String, String> r) {
    Map<String, SourceSpec> part = byPartition.computeIfAbsent(r.partition(), p -> new ConcurrentHashMap<>());
    if (r.key() == null || r.key().isBlank()) {
      deadLetter("bad-source", new IllegalArgumentException("feeds-topic record without a key (source URL)"), r);
      return;
    }
    if (r.value() == null) {
      part.remove(r.key().strip());
      return;
    }
    SourceSpec spec;
    try {
      spec = SourceSpec.fromJson(r.key(), r.value());
    } catch (IllegalArgumentException e) {
      deadLetter("bad-source", e, r);
      part.remove(r.key().strip());
      return;
    }
    if (!permitted.test(spec)) {
      deadLetter("local-source-refused", new IllegalArgumentException("local sources from the feeds topic are "
          + "off (ingest.sources.topic.local.files=false): " + spec.location()), r);
      part.remove(spec.location());
      return;
    }
    part.put(spec.location(), spec);
  }

  private void deadLetter(String reason, Exception e, ConsumerRecord<String, String> r) {
    deadLetters.handle(deadLetters.letter(reason, e, bytes(r.key()), bytes(r.value()), r.topic(), r.partition(),
        r.offset(), r.key()));
  }

  private static byte[] bytes(String s) {
    return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    loop.close();
  }
}
