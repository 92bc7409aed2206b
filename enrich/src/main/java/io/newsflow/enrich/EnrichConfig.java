package io.newsflow.enrich;

import io.newsflow.common.config.ConfigKey;
import io.newsflow.common.config.Settings;
import java.util.List;

/** Typed settings of the enrich stage. */
public record EnrichConfig(int threads, int stemMemoWords) {
  public static final ConfigKey<Integer> THREADS = ConfigKey.integer("enrich.threads", 1, 1, 64,
      "Kafka Streams threads of enrich; more instances x threads up to the partition count of articles.");
  public static final ConfigKey<Integer> STEM_MEMO_WORDS = ConfigKey.integer("enrich.stem.memo.words", 200_000, 0,
      10_000_000, "Distinct words whose stems are remembered (~100 bytes each); later new words are stemmed each time.");

  public static final List<ConfigKey<?>> KEYS = List.of(THREADS, STEM_MEMO_WORDS);

  public static EnrichConfig from(Settings s) {
    return new EnrichConfig(s.get(THREADS), s.get(STEM_MEMO_WORDS));
  }
}
