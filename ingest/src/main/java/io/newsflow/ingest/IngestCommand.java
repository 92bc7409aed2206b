package io.newsflow.ingest;

import io.newsflow.common.cli.CommonOptions;
import io.newsflow.common.cli.StageCommands;
import io.newsflow.common.config.CommonConfig;
import io.newsflow.common.config.Settings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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

  @Option(names = "--feed", paramLabel = "URL|FILE",
      description = "A source to poll: feed, sitemap, .txt URL list or .warc[.gz] archive (repeatable; key ingest.feeds).")
  List<String> feeds;

  @Option(names = "--html-dir", paramLabel = "DIR", description = "A directory of HTML pages to load (key ingest.html.dir).")
  Path htmlDir;

  @Option(names = "--once", description = "One pass over the sources, then stop fetching (key ingest.once).")
  boolean once;

  /** Settings with this command's named options applied as flags. */
  public static Settings settings(CommonOptions common, List<String> feeds, Path htmlDir, boolean once) {
    Map<String, String> extra = new LinkedHashMap<>();
    if (feeds != null && !feeds.isEmpty()) {
      extra.put(IngestConfig.FEEDS.name(), String.join(",", feeds));
    }
    if (htmlDir != null) {
      extra.put(IngestConfig.HTML_DIR.name(), htmlDir.toString());
    }
    if (once) {
      extra.put(IngestConfig.ONCE.name(), "true");
    }
    return common.settings(extra);
  }

  @Override
  public Integer call() throws Exception {
    Settings s = settings(common, feeds, htmlDir, once);
    CommonConfig c = CommonConfig.from(s);
    IngestConfig config = IngestConfig.from(s);
    return StageCommands.run(c, (registry, runner) -> IngestApp.create(c, config, registry, runner));
  }
}
