package io.newsflow.enrich;

import io.newsflow.common.config.ConfigKey;
import io.newsflow.common.config.Settings;
import java.util.List;

/** Typed settings of the enrich stage. */
public record EnrichConfig(int threads) {
  public static final ConfigKey<Integer> THREADS = ConfigKey.integer("enrich.threads", 1, 1, 64,
      "Kafka Streams threads of enrich; more instances x threads up to the partition count of articles.");

  public static final List<ConfigKey<?>> KEYS = List.of(THREADS);

  public static EnrichConfig from(Settings s) {
    return new EnrichConfig(s.get(THREADS));
  }
}
