package io.newsflow.enrich;

import io.newsflow.common.deadletter.DeadLetters;
import io.newsflow.common.streams.BadInputRouting;
import io.newsflow.common.streams.RecordSizeLimit;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Quote;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;

/**
 * {@code articles} to {@code articles.enriched} (keyed by article id) and {@code quotes} (one record
 * per quote, keyed by quote id). Stateless per article, so it scales with partitions; run with
 * exactly-once v2 so a restart neither loses nor doubles an output. An output over
 * {@link RecordSizeLimit} becomes a {@code too-large} dead letter.
 */
public final class EnrichTopology {
  public static final String APPLICATION_ID = "newsflow-enrich";

  private EnrichTopology() {}

  public static Topology build(Topics topics, Enricher enricher, DeadLetters deadLetters) {
    return build(topics, enricher, deadLetters, key -> true);
  }

  /** The same topology processing only articles whose id passes {@code keys} (replays). */
  public static Topology build(Topics topics, Enricher enricher, DeadLetters deadLetters,
      java.util.function.Predicate<String> keys) {
    StreamsBuilder builder = new StreamsBuilder();
    KStream<String, byte[]> raw =
        builder.stream(topics.articles().name(), Consumed.with(Serdes.String(), Serdes.ByteArray()))
            .filter((k, v) -> keys.test(k));
    KStream<String, EnrichedArticle> enriched = BadInputRouting.mapOrDeadLetter(raw,
        topics.articles().valueSerde().deserializer(), (id, article) -> enricher.enrich(article), deadLetters);
    enriched.selectKey((k, e) -> e.getArticle().getId())
        .to(topics.enriched().name(), Produced.with(Serdes.String(), RecordSizeLimit.bounded(topics.enriched().valueSerde())));
    enriched.flatMap(EnrichTopology::quotesOf)
        .to(topics.quotes().name(), Produced.with(Serdes.String(), RecordSizeLimit.bounded(topics.quotes().valueSerde())));
    return builder.build();
  }

  private static List<KeyValue<String, Quote>> quotesOf(String key, EnrichedArticle e) {
    List<KeyValue<String, Quote>> out = new ArrayList<>(e.getQuotes().size());
    for (Quote q : e.getQuotes()) {
      out.add(KeyValue.pair(q.getId(), q));
    }
    return out;
  }
}
