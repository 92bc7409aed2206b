package io.newsflow.cli;

import io.newsflow.broker.EmbeddedKafka;
import io.newsflow.common.cli.CommonOptions;
import io.newsflow.common.cli.StageCommands;
import io.newsflow.common.config.CommonConfig;
import io.newsflow.common.config.ConfigKey;
import io.newsflow.common.config.Settings;
import io.newsflow.common.lifecycle.Stage;
import io.newsflow.common.lifecycle.StageRunner;
import io.newsflow.enrich.EnrichApp;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.ingest.IngestApp;
import io.newsflow.ingest.SourceOptions;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.sink.SinkApp;
import io.newsflow.sink.SinkConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code newsflow run --html-dir pages/} or {@code newsflow run --feed https://example.org/rss}:
 * the whole pipeline in one JVM on embedded defaults.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Run the whole pipeline in one JVM on embedded defaults.",
        "Starts an embedded Kafka broker (data in ./data/kafka), ingest, enrich and sink (SQLite at",
        "./data/newsflow.db); metrics and health on http://localhost:8080. Stop with Ctrl-C; a restart",
        "continues where it stopped."})
public final class RunCommand implements Callable<Integer> {
  static final ConfigKey<Integer> KAFKA_PORT = ConfigKey.integer("run.kafka.port", 9092, 1, 65534,
      "Port of the embedded broker of `newsflow run` (its controller uses the next port).");
  static final ConfigKey<String> KAFKA_DIR = ConfigKey.string("run.kafka.dir", "./data/kafka",
      "Data directory of the embedded broker; kept across restarts.");
  static final List<ConfigKey<?>> KEYS = List.of(KAFKA_PORT, KAFKA_DIR);

  @Mixin CommonOptions common;

  @Mixin SourceOptions sources;

  @Override
  public Integer call() throws Exception {
    Settings s = common.settings(sources.asFlags());
    IngestConfig ingest = IngestConfig.from(s);
    EnrichConfig enrich = EnrichConfig.from(s);
    SinkConfig sink = SinkConfig.from(s);
    StageRunner runner = new StageRunner();
    EmbeddedKafka kafka = runner.own(EmbeddedKafka.start(Path.of(s.get(KAFKA_DIR)), s.get(KAFKA_PORT)));
    CommonConfig c = CommonConfig.from(s).withBootstrapServers(kafka.bootstrapServers());
    if (!ingest.hasSources()) {
      System.err.println("newsflow: no sources given (--feed or --html-dir); running enrich and sink on what the"
          + " topics already hold.");
    }
    SinkApp.WithWeb sinkWithWeb = SinkApp.withWeb(sink);
    return StageCommands.run(c, runner, (registry, r) -> {
      List<Stage> stages = new ArrayList<>();
      stages.addAll(IngestApp.create(c, ingest, registry, r));
      stages.addAll(EnrichApp.create(c, enrich, registry, r));
      stages.addAll(sinkWithWeb.create(c, registry, r));
      return stages;
    }, sinkWithWeb);
  }
}
