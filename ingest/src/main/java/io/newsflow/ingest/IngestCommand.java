package io.newsflow.ingest;

import io.newsflow.common.cli.CommonOptions;
import io.newsflow.common.cli.StageCommands;
import io.newsflow.common.config.CommonConfig;
import io.newsflow.common.config.Settings;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code newsflow ingest --bootstrap-servers kafka:9092 --feed https://example.org/rss.xml}: runs
 * the ingest stage alone against a Kafka cluster.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Fetch news from feeds, sitemaps, URL lists, WARC archives or an HTML directory, clean each page",
        "into an article, produce it to Kafka. Sources come from --feed/--html-dir and, at run time, from",
        "<prefix>.feeds (managed with `newsflow sources add|list|remove`; instances share them by partition).",
        "Writes <prefix>.pages and <prefix>.articles; bad input goes to <prefix>.deadletter."})
public final class IngestCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Mixin SourceOptions sources;

  @Override
  public Integer call() throws Exception {
    Settings s = common.settings(sources.asFlags());
    CommonConfig c = CommonConfig.from(s);
    IngestConfig config = IngestConfig.from(s);
    return StageCommands.run(c, (registry, runner) -> IngestApp.create(c, config, registry, runner));
  }
}
