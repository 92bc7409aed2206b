package io.newsflow.sink;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsflow.common.deadletter.BadInputException;
import io.newsflow.common.deadletter.DeadLetters;
import io.newsflow.common.lifecycle.Stage;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.sink.store.ArticleStore;
import io.newsflow.sink.store.WriteResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes enriched articles and writes each polled batch to the store in one transaction, then
 * commits the offsets: at-least-once delivery plus idempotent upserts gives every record exactly
 * once in the store. If the store fails, the batch is not committed; the consumer rewinds and
 * retries after a back-off, so a database outage delays records but never loses them. Undecodable
 * records become dead letters (flushed before the commit that skips them).
 */
public final class SinkService implements Stage {
  private static final Logger log = LoggerFactory.getLogger(SinkService.class);

  private final Consumer<String, byte[]> consumer;
  private final Producer<?, ?> deadLetterProducer;
  private final Topic<String, EnrichedArticle> input;
  private final ArticleStore store;
  private final DeadLetters deadLetters;
  private final SinkConfig config;
  private final Thread thread;
  private final Counter articlesWritten;
  private final Counter articlesSkipped;
  private final Counter quotesWritten;
  private final Counter storeFailures;
  private final DistributionSummary batchSize;
  private final Timer batchLatency;
  private volatile boolean running = true;
  private volatile boolean assigned;
  private volatile boolean failed;

  public SinkService(Consumer<String, byte[]> consumer, Producer<?, ?> deadLetterProducer,
      Topic<String, EnrichedArticle> input, ArticleStore store, DeadLetters deadLetters, SinkConfig config,
      MeterRegistry registry) {
    this.consumer = consumer;
    this.deadLetterProducer = deadLetterProducer;
    this.input = input;
    this.store = store;
    this.deadLetters = deadLetters;
    this.config = config;
    this.thread = new Thread(this::loop, "newsflow-sink");
    this.articlesWritten = Counter.builder("newsflow.sink.rows").tag("table", "articles").tag("outcome", "upserted")
        .description("Rows upserted by the sink").register(registry);
    this.articlesSkipped = Counter.builder("newsflow.sink.rows").tag("table", "articles").tag("outcome", "older-skipped")
        .register(registry);
    this.quotesWritten = Counter.builder("newsflow.sink.rows").tag("table", "quotes").tag("outcome", "upserted")
        .register(registry);
    this.storeFailures = Counter.builder("newsflow.sink.store.failures")
        .description("Batches the store refused; each is retried").register(registry);
    this.batchSize = DistributionSummary.builder("newsflow.sink.batch.size").description("Records per store transaction")
        .register(registry);
    this.batchLatency = Timer.builder("newsflow.sink.batch.latency").description("Time to write one batch")
        .register(registry);
  }

  @Override
  public void start() {
    consumer.subscribe(List.of(input.name()), new org.apache.kafka.clients.consumer.ConsumerRebalanceListener() {
      @Override
      public void onPartitionsRevoked(java.util.Collection<TopicPartition> partitions) {
        assigned = false;
      }

      @Override
      public void onPartitionsAssigned(java.util.Collection<TopicPartition> partitions) {
        assigned = true;
      }
    });
    thread.start();
  }

  private void loop() {
    try {
      while (running) {
        ConsumerRecords<String, byte[]> records = consumer.poll(config.pollTimeout());
        if (records.isEmpty()) {
          continue;
        }
        List<EnrichedArticle> batch = decode(records);
        if (!write(batch)) {
          // Rewind and poll again after the back-off: polling keeps the group membership alive
          // through a long outage, and the same records come back.
          rewind(records);
          sleep(config.retryBackoff());
          continue;
        }
        deadLetterProducer.flush(); // dead letters durable before their offsets are committed
        consumer.commitSync(nextOffsets(records));
      }
    } catch (WakeupException e) {
      // close() asked us to stop
    } catch (BadInputException e) {
      failed = true;
      log.error("{}", e.getMessage());
    } catch (RuntimeException e) {
      failed = true;
      log.error("sink stopped: {}", e.toString(), e);
    } finally {
      consumer.close();
    }
  }

  private List<EnrichedArticle> decode(ConsumerRecords<String, byte[]> records) {
    List<EnrichedArticle> batch = new ArrayList<>(records.count());
    for (ConsumerRecord<String, byte[]> r : records) {
      try {
        EnrichedArticle e = input.valueSerde().deserializer().deserialize(r.topic(), r.value());
        if (e == null) {
          throw new IllegalArgumentException("empty record (tombstone) where an enriched article was expected");
        }
        java.util.Optional<String> problem = ArticleStore.problemWith(e);
        if (problem.isPresent()) {
          // the store would refuse it on every retry: dead-letter it instead of blocking the partition
          deadLetters.handle(deadLetters.letter("invalid-record", new IllegalArgumentException(problem.get()),
              keyBytes(r.key()), r.value(), r.topic(), r.partition(), r.offset(), null));
          continue;
        }
        batch.add(e);
      } catch (RuntimeException ex) {
        deadLetters.handle(deadLetters.letter("undecodable", ex, keyBytes(r.key()), r.value(),
            r.topic(), r.partition(), r.offset(), null));
      }
    }
    return batch;
  }

  private static byte[] keyBytes(String key) {
    return key == null ? null : key.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Writes the batch in one store transaction; false when the store failed (nothing written). */
  private boolean write(List<EnrichedArticle> batch) {
    if (batch.isEmpty()) {
      return true;
    }
    try {
      long t0 = System.nanoTime();
      WriteResult r = store.write(batch);
      batchLatency.record(Duration.ofNanos(System.nanoTime() - t0));
      batchSize.record(batch.size());
      articlesWritten.increment(r.articlesWritten());
      articlesSkipped.increment(r.articlesSkippedAsOlder());
      quotesWritten.increment(r.quotesWritten());
      return true;
    } catch (RuntimeException e) {
      storeFailures.increment();
      log.warn("store write of {} records failed, retrying in {} ms: {}", batch.size(),
          config.retryBackoff().toMillis(), e.toString());
      return false;
    }
  }

  private void rewind(ConsumerRecords<String, byte[]> records) {
    for (TopicPartition tp : records.partitions()) {
      consumer.seek(tp, records.records(tp).get(0).offset());
    }
  }

  private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<String, byte[]> records) {
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    Set<TopicPartition> partitions = records.partitions();
    for (TopicPartition tp : partitions) {
      List<ConsumerRecord<String, byte[]>> rs = records.records(tp);
      offsets.put(tp, new OffsetAndMetadata(rs.get(rs.size() - 1).offset() + 1));
    }
    return offsets;
  }

  private void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  @Override
  public boolean isReady() {
    return running && !failed && store.isReachable() && assigned;
  }

  @Override
  public boolean isFinished() {
    return failed;
  }

  @Override
  public String name() {
    return "sink";
  }

  @Override
  public void close() {
    running = false;
    consumer.wakeup();
    try {
      thread.join(30_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
