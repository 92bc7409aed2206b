package io.newsflow.ingest;

import io.newsflow.common.deadletter.DeadLetters;
import io.newsflow.common.streams.BadInputRouting;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.FetchedPage;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The cleaner as a topology: {@code pages} (raw bytes + fetch metadata) to {@code articles}
 * (keyed by article id). Re-cleaning the corpus is a replay of {@code pages} through it.
 */
public final class CleanTopology {
  public static final String APPLICATION_ID = "newsflow-clean";

  private CleanTopology() {}

  public static Topology build(Topics topics, java.util.function.Function<FetchedPage, Article> mapper,
      DeadLetters deadLetters) {
    return build(topics, mapper, deadLetters, key -> true);
  }

  /** The same topology processing only pages whose key (canonical URL) passes {@code keys} (replays). */
  public static Topology build(Topics topics, java.util.function.Function<FetchedPage, Article> mapper,
      DeadLetters deadLetters, java.util.function.Predicate<String> keys) {
    StreamsBuilder builder = new StreamsBuilder();
    var raw = builder.stream(topics.pages().name(), Consumed.with(Serdes.String(), Serdes.ByteArray()))
        .filter((k, v) -> keys.test(k));
    BadInputRouting.mapOrDeadLetter(raw, topics.pages().valueSerde().deserializer(),
            (url, page) -> mapper.apply(page), deadLetters)
        .selectKey((url, article) -> article.getId())
        .to(topics.articles().name(), Produced.with(Serdes.String(), topics.articles().valueSerde()));
    return builder.build();
  }

}
