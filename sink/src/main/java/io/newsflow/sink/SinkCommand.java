package io.newsflow.sink;

import io.newsflow.common.cli.CommonOptions;
import io.newsflow.common.cli.StageCommands;
import io.newsflow.common.config.CommonConfig;
import io.newsflow.common.config.Settings;
import io.newsflow.common.lifecycle.StageRunner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code newsflow sink --bootstrap-servers kafka:9092 --set sink.jdbc.url=jdbc:postgresql://db/newsflow}:
 * runs the sink alone, with the web page and API on the HTTP port ({@code http://localhost:8080/}).
 */
@Command(name = "sink", mixinStandardHelpOptions = true,
    description = {"Write enriched articles and their quotes to PostgreSQL or SQLite, once each (upsert by id).",
        "Reads <prefix>.articles.enriched; offsets are committed only after the store transaction commits."})
public final class SinkCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Override
  public Integer call() throws Exception {
    Settings s = common.settings();
    CommonConfig c = CommonConfig.from(s);
    SinkConfig config = SinkConfig.from(s);
    SinkApp.WithWeb sink = SinkApp.withWeb(config);
    return StageCommands.run(c, new StageRunner(), (registry, runner) -> sink.create(c, registry, runner), sink);
  }
}
