package io.newsflow.enrich;

import io.newsflow.common.cli.CommonOptions;
import io.newsflow.common.cli.StageCommands;
import io.newsflow.common.config.CommonConfig;
import io.newsflow.common.config.Settings;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newsflow enrich --bootstrap-servers kafka:9092}: runs the enrich topology alone. */
@Command(name = "enrich", mixinStandardHelpOptions = true,
    description = {"Extract quotes (with speakers) and topics from clean articles (Kafka Streams, exactly-once).",
        "Reads <prefix>.articles, writes <prefix>.articles.enriched and <prefix>.quotes; bad input goes to <prefix>.deadletter."})
public final class EnrichCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Override
  public Integer call() throws Exception {
    Settings s = common.settings();
    CommonConfig c = CommonConfig.from(s);
    EnrichConfig config = EnrichConfig.from(s);
    return StageCommands.run(c, (registry, runner) -> EnrichApp.create(c, config, registry, runner));
  }
}
