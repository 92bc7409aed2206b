package io.newsflow.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options that shape the pipeline under test, shared by {@code bench} and {@code bench soak}. */
final class PipelineShape {
  @Option(names = "--partitions", paramLabel = "P", defaultValue = "3",
      description = "Partitions of every pipeline topic (default: ${DEFAULT-VALUE}).")
  int partitions;

  @Option(names = "--clean-threads", paramLabel = "T", defaultValue = "1",
      description = "Kafka Streams threads of the cleaner (default: ${DEFAULT-VALUE}).")
  int cleanThreads;

  @Option(names = "--enrich-threads", paramLabel = "T", defaultValue = "1",
      description = "Kafka Streams threads of enrich (default: ${DEFAULT-VALUE}).")
  int enrichThreads;

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "Any pipeline setting, repeatable, e.g. --set kafka.linger.ms=5 --set kafka.compression.type=lz4.")
  Map<String, String> settings = new LinkedHashMap<>();

  /** Refuses a shape that cannot run, naming the options. */
  void check() {
    if (partitions < 1 || cleanThreads < 1 || enrichThreads < 1) {
      throw new IllegalArgumentException("--partitions, --clean-threads and --enrich-threads must be at least 1");
    }
  }
}
