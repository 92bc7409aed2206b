package io.newsflow.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The page queue of the ingest instances, partitioned by host through the {@code urls} topic, so that
 * one host's pages are fetched (and throttled) by exactly one instance, whichever instance polled the
 * feed or sitemap that listed them.
 *
 * <p><b>Design.</b> A listed page URL is produced to the topic keyed by its host ({@code host[:port]},
 * as {@link Politeness} counts hosts); Kafka's key hashing puts every URL of a host on one partition,
 * and the consumer group (every instance, one consumer each) gives each partition to one instance.
 * Correct under rebalance because ownership is handed over through committed offsets:
 * <ul>
 *   <li>An offset is committed only below every URL of the partition that is still unfinished
 *       ({@link OffsetTracker}), so nothing taken is lost when an instance stops or crashes; the
 *       finished offsets above it travel in the commit's metadata, so a host that is ahead of a slower
 *       one on the same partition is not fetched again by the next owner.</li>
 *   <li>On revocation the partition's queued tasks are cancelled ({@link Claim#begin()} turns false), the
 *       fetches already on the wire are given up to {@link #HANDOVER_WAIT} to reach the pages topic, and
 *       then the unfinished offsets are committed-around: two instances do not fetch one host at once, and
 *       a page is fetched again by the new owner only when its fetch outlasted that wait (same key, same
 *       content: the cleaner's content-hash dedup drops the copy).</li>
 *   <li>On assignment the partition is re-read from its start: records below the committed offset (or
 *       listed as finished in its metadata) only rebuild the fetched-URL set ({@link Owner#alreadyHandled}), so the new owner does not refetch
 *       pages that feeds keep re-listing; records from the committed offset on are fetched.</li>
 * </ul>
 * A partition with more than {@code maxUnfinished} unfinished URLs is paused until half are done,
 * which bounds memory when a slow host is listed faster than it may be fetched.
 */
final class HostQueue implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(HostQueue.class);
  static final String ORIGIN_HEADER = "newsflow.origin";
  private static final Duration COMMIT_EVERY = Duration.ofSeconds(1);
  /**
   * Longest wait, on revocation, for fetches already on the wire: long enough for any ordinary page, short
   * against the rebalance timeout (max.poll.interval.ms, 5 minutes by default) that the wait holds up.
   */
  static final Duration HANDOVER_WAIT = Duration.ofSeconds(10);

  /** What the queue asks of the fetcher. */
  interface Owner {
    /** Fetch {@code url} of an owned partition; call {@code claim.done()} when it is finished. */
    void fetch(String url, String origin, Claim claim);

    /** {@code url} was handled by an earlier owner of its partition (fetched or given up). */
    void alreadyHandled(String url);

    /** {@code url} was taken here but its partition moved before it finished: the next owner fetches it. */
    void handedOver(String url);
  }

  /** One routed URL's hold on its partition; {@link #NONE} for pages that are not routed (local files). */
  static final class Claim {
    static final Claim NONE = new Claim(null, -1);
    private final OffsetTracker tracker;
    private final long offset;

    private Claim(OffsetTracker tracker, long offset) {
      this.tracker = tracker;
      this.offset = offset;
    }

    /**
     * A fetch attempt starts; false once the partition is moving to another owner: the task must not fetch.
     * A begun attempt ends with {@link #done()} or, when it will be retried later, {@link #end()}.
     */
    boolean begin() {
      return tracker == null || tracker.begin(offset);
    }

    /** The attempt ended without finishing (a retry is scheduled), so a hand-over need not wait for it. */
    void end() {
      if (tracker != null) {
        tracker.end(offset);
      }
    }

    void done() {
      if (tracker != null) {
        tracker.done(offset);
      }
    }
  }

  private final Producer<String, String> producer;
  private final org.apache.kafka.clients.consumer.Consumer<String, String> consumer;
  private final String topic;
  private final int maxUnfinished;
  private final Map<TopicPartition, OffsetTracker> owned = new ConcurrentHashMap<>();
  private final ConsumerThread loop;
  private Owner owner;
  private long lastCommit;

  HostQueue(Producer<String, String> producer, org.apache.kafka.clients.consumer.Consumer<String, String> consumer,
      String topic, int maxUnfinished) {
    this.producer = producer;
    this.consumer = consumer;
    this.topic = topic;
    this.maxUnfinished = maxUnfinished;
    this.loop = new ConsumerThread("newsflow-ingest-hosts", consumer, this::pollOnce, () -> commit(true),
        "this instance fetches no more routed pages", Duration.ofSeconds(15));
  }

  /** Starts consuming this instance's share of the queue. */
  void start(Owner owner) {
    this.owner = owner;
    consumer.subscribe(List.of(topic), new Rebalance());
    loop.start();
  }

  /**
   * Queues {@code url} for the instance that owns its host; {@code onFailure} runs when the broker
   * refused it.
   */
  void route(String url, String origin, Consumer<Exception> onFailure) {
    ProducerRecord<String, String> r = new ProducerRecord<>(topic, Politeness.hostKey(url), url);
    if (origin != null) {
      r.headers().add(ORIGIN_HEADER, origin.getBytes(StandardCharsets.UTF_8));
    }
    try {
      producer.send(r, (md, err) -> {
        if (err != null) {
          onFailure.accept(err);
        }
      });
    } catch (RuntimeException e) {
      onFailure.accept(e);
    }
  }

  /** False once the consumer thread died: this instance then fetches no routed pages (not ready). */
  boolean isAlive() {
    return loop.isAlive();
  }

  /** URLs taken by this instance and not finished (a gauge). */
  int unfinished() {
    return owned.values().stream().mapToInt(OffsetTracker::unfinished).sum();
  }

  private void pollOnce() {
    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
      take(r);
    }
    pauseOrResume();
    commitIfDue();
  }

  private void take(ConsumerRecord<String, String> r) {
    OffsetTracker t = owned.get(new TopicPartition(r.topic(), r.partition()));
    if (t == null) {
      return; // revoked while the batch was in hand: the next owner reads it
    }
    if (r.value() == null || r.value().isBlank()) {
      t.passed(r.offset());
      return;
    }
    if (t.handledBefore(r.offset())) {
      owner.alreadyHandled(r.value());
      t.passed(r.offset());
      return;
    }
    t.taken(r.offset(), r.value());
    owner.fetch(r.value(), originOf(r), new Claim(t, r.offset()));
  }

  private static String originOf(ConsumerRecord<String, String> r) {
    Header h = r.headers().lastHeader(ORIGIN_HEADER);
    return h == null ? r.value() : new String(h.value(), StandardCharsets.UTF_8);
  }

  private void pauseOrResume() {
    owned.forEach((tp, t) -> {
      if (!t.paused() && t.unfinished() > maxUnfinished) {
        consumer.pause(List.of(tp));
        t.paused(true);
      } else if (t.paused() && t.unfinished() <= maxUnfinished / 2) {
        consumer.resume(List.of(tp));
        t.paused(false);
      }
    });
  }

  private void commitIfDue() {
    long now = System.nanoTime();
    if (now - lastCommit >= COMMIT_EVERY.toNanos()) {
      lastCommit = now;
      commit(false);
    }
  }

  private void commit(boolean sync) {
    Map<TopicPartition, OffsetAndMetadata> offsets = offsets(owned.keySet());
    if (offsets.isEmpty()) {
      return;
    }
    try {
      if (sync) {
        consumer.commitSync(offsets, Duration.ofSeconds(10));
      } else {
        consumer.commitAsync(offsets, (o, e) -> {
          if (e != null) {
            log.debug("host-queue commit failed (retried on the next one): {}", e.toString());
          }
        });
      }
    } catch (RuntimeException e) {
      log.warn("host-queue commit failed; the next owner may refetch a few pages: {}", e.toString());
    }
  }

  private Map<TopicPartition, OffsetAndMetadata> offsets(Collection<TopicPartition> partitions) {
    Map<TopicPartition, OffsetAndMetadata> out = new HashMap<>();
    for (TopicPartition tp : partitions) {
      OffsetTracker t = owned.get(tp);
      if (t != null) {
        t.committable().ifPresent(o -> out.put(tp, new OffsetAndMetadata(o, t.finishedMetadata(o))));
      }
    }
    return out;
  }

  private final class Rebalance implements ConsumerRebalanceListener {
    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      settle(partitions);
      Map<TopicPartition, OffsetAndMetadata> offsets = offsets(partitions);
      release(partitions);
      if (!offsets.isEmpty()) {
        try {
          consumer.commitSync(offsets, Duration.ofSeconds(10));
        } catch (RuntimeException e) {
          log.warn("could not commit revoked host-queue partitions; the next owner may refetch a few pages: {}",
              e.toString());
        }
      }
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
      release(partitions); // no longer ours: nothing may be committed
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
      if (partitions.isEmpty()) {
        return;
      }
      Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new HashSet<>(partitions));
      for (TopicPartition tp : partitions) {
        OffsetAndMetadata c = committed.get(tp);
        owned.put(tp, c == null ? new OffsetTracker(0) : new OffsetTracker(c.offset(), c.metadata()));
      }
      consumer.seekToBeginning(partitions); // replay what earlier owners handled, then carry on
      log.info("ingest fetches the hosts of host-queue partitions {}", partitions.stream().map(TopicPartition::partition).toList());
    }

    /** Starts no new fetch of {@code partitions} and lets those on the wire finish, so they are committed here. */
    private void settle(Collection<TopicPartition> partitions) {
      List<OffsetTracker> trackers = partitions.stream().map(owned::get).filter(t -> t != null).toList();
      trackers.forEach(OffsetTracker::stop);
      long deadline = System.nanoTime() + HANDOVER_WAIT.toNanos();
      try {
        for (OffsetTracker t : trackers) {
          long left = Math.max(0, (deadline - System.nanoTime()) / 1_000_000L);
          if (!t.awaitIdle(left)) {
            log.info("{} fetches still on the wire after {}: the next owner fetches them again", t.active(),
                HANDOVER_WAIT);
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt(); // closing: hand the rest over as it stands
      }
    }

    private void release(Collection<TopicPartition> partitions) {
      for (TopicPartition tp : partitions) {
        OffsetTracker t = owned.remove(tp);
        if (t != null) {
          t.revoke().forEach(owner::handedOver);
        }
      }
    }
  }

  @Override
  public void close() {
    loop.close(); // the final commit runs on the consumer's thread, before the consumer closes
  }
}
