package io.newsflow.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.schemas.avro.Article;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Drops syndicated copies: of the articles with one content hash (same normalised body), only the first
 * one goes on, re-keyed by its article id. Input must be keyed (and so partitioned) by content hash.
 *
 * <p>The store maps {@code contentHash -> "<firstSeenMillis>|<articleId>"} (persistent, changelogged, so
 * it survives restarts and moves with its partition). An article whose hash is known under another id is
 * dropped and counted as {@code newsflow.ingest.articles{outcome=duplicate-content}}; under the same id
 * (the page fetched again, e.g. after a restart) it is dropped as {@code unchanged-refetch}, because
 * downstream already has it. Bounded by time: an entry older than the TTL is ignored on read and
 * deleted by a wall-clock punctuation every {@code purgeInterval}, so the store holds about TTL x
 * articles-per-time entries.
 */
final class ContentDedup implements Processor<String, Article, String, Article> {
  static final String STORE = "content-hash-first-article";
  /** Deletions per purge run are batched so one punctuation does not hold the thread for long. */
  static final int MAX_DELETES_PER_PURGE = 100_000;

  /**
   * @param ttl how long a content hash is remembered
   * @param purgeInterval how often expired entries are deleted
   */
  record Settings(Duration ttl, Duration purgeInterval) {
    Settings {
      if (ttl.isNegative() || ttl.isZero() || purgeInterval.isNegative() || purgeInterval.isZero()) {
        throw new IllegalArgumentException("ttl and purgeInterval must be positive");
      }
    }

    Settings(Duration ttl) {
      this(ttl, ttl.compareTo(Duration.ofHours(1)) < 0 ? ttl : Duration.ofHours(1));
    }

    static Settings defaults() {
      return new Settings(Duration.ofDays(30));
    }
  }

  private final Settings settings;
  private final Counter duplicates;
  private final Counter refetches;
  private ProcessorContext<String, Article> context;
  private KeyValueStore<String, String> store;

  ContentDedup(Settings settings, MeterRegistry registry) {
    this.settings = settings;
    this.duplicates = Counter.builder("newsflow.ingest.articles").tag("outcome", "duplicate-content")
        .description("Articles by outcome").register(registry);
    this.refetches = Counter.builder("newsflow.ingest.articles").tag("outcome", "unchanged-refetch")
        .description("Articles by outcome").register(registry);
  }

  static StoreBuilder<KeyValueStore<String, String>> storeBuilder() {
    return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(), Serdes.String());
  }

  @Override
  public void init(ProcessorContext<String, Article> context) {
    this.context = context;
    this.store = context.getStateStore(STORE);
    context.schedule(settings.purgeInterval(), PunctuationType.WALL_CLOCK_TIME, this::purge);
  }

  @Override
  public void process(Record<String, Article> record) {
    Article article = record.value();
    String hash = record.key();
    long now = context.currentSystemTimeMs();
    String stored = store.get(hash);
    if (stored != null && !isExpired(stored, now)) {
      if (idOf(stored).equals(article.getId())) {
        refetches.increment();
      } else {
        duplicates.increment();
      }
      return;
    }
    store.put(hash, now + "|" + article.getId());
    context.forward(record.withKey(article.getId()));
  }

  void purge(long now) {
    List<String> expired = new ArrayList<>();
    try (KeyValueIterator<String, String> it = store.all()) {
      while (it.hasNext() && expired.size() < MAX_DELETES_PER_PURGE) {
        KeyValue<String, String> kv = it.next();
        if (isExpired(kv.value, now)) {
          expired.add(kv.key);
        }
      }
    }
    expired.forEach(store::delete);
  }

  private boolean isExpired(String stored, long now) {
    int bar = stored.indexOf('|');
    try {
      return now - Long.parseLong(stored.substring(0, bar)) > settings.ttl().toMillis();
    } catch (RuntimeException e) {
      return true; // unreadable entry: forget it
    }
  }

  private static String idOf(String stored) {
    return stored.substring(stored.indexOf('|') + 1);
  }
}
