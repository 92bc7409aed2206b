package io.newsflow.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.common.deadletter.DeadLetters;
import io.newsflow.common.streams.BadInputRouting;
import io.newsflow.common.streams.RecordSizeLimit;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.FetchedPage;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * The cleaner as a topology: {@code pages} (raw bytes + fetch metadata) to {@code articles}
 * (keyed by article id). Re-cleaning the corpus is a replay of {@code pages} through it.
 *
 * <p>Between the cleaner and the output, articles are repartitioned by content hash (internal topic
 * {@code <application.id>-by-content-hash-repartition}) so that all copies of one text meet in one task,
 * where {@link ContentDedup} lets only the first through: two outlets syndicating one wire story yield
 * one article.
 */
public final class CleanTopology {
  public static final String APPLICATION_ID = "newsflow-clean";

  private CleanTopology() {}

  public static Topology build(Topics topics, Function<FetchedPage, Article> mapper, DeadLetters deadLetters) {
    return build(topics, mapper, deadLetters, key -> true);
  }

  /** The same topology processing only pages whose key (canonical URL) passes {@code keys} (replays). */
  public static Topology build(Topics topics, Function<FetchedPage, Article> mapper, DeadLetters deadLetters,
      Predicate<String> keys) {
    return build(topics, mapper, deadLetters, keys, ContentDedup.Settings.defaults(), new SimpleMeterRegistry());
  }

  static Topology build(Topics topics, Function<FetchedPage, Article> mapper, DeadLetters deadLetters,
      Predicate<String> keys, ContentDedup.Settings dedup, MeterRegistry registry) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.addStateStore(ContentDedup.storeBuilder());
    var raw = builder.stream(topics.pages().name(), Consumed.with(Serdes.String(), Serdes.ByteArray()))
        .filter((k, v) -> keys.test(k));
    BadInputRouting.mapOrDeadLetter(raw, topics.pages().valueSerde().deserializer(),
            (url, page) -> mapper.apply(page), deadLetters)
        .selectKey((url, article) -> dedupKey(article))
        .repartition(Repartitioned.with(Serdes.String(), RecordSizeLimit.bounded(topics.articles().valueSerde())).withName("by-content-hash"))
        .process(() -> new ContentDedup(dedup, registry), ContentDedup.STORE)
        .to(topics.articles().name(), Produced.with(Serdes.String(), RecordSizeLimit.bounded(topics.articles().valueSerde())));
    return builder.build();
  }

  /** The content hash; an article without one only deduplicates with itself (by id). */
  private static String dedupKey(Article a) {
    String hash = a.getContentHash();
    return hash == null || hash.isEmpty() ? "id:" + a.getId() : hash;
  }
}
