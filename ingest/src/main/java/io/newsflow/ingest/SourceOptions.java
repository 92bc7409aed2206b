package io.newsflow.ingest;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The source options shared by {@code newsflow ingest} and {@code newsflow run} (a picocli mixin). */
public final class SourceOptions {
  @Option(names = "--feed", paramLabel = "URL|FILE",
      description = "A source to poll: feed, sitemap, .txt URL list or .warc[.gz] archive (repeatable; key ingest.feeds).")
  List<String> feeds;

  @Option(names = "--html-dir", paramLabel = "DIR", description = "A directory of HTML pages to load (key ingest.html.dir).")
  Path htmlDir;

  @Option(names = "--once", description = "One pass over the sources, then stop fetching (key ingest.once).")
  boolean once;

  /** The given options as config-key flags, to lay over {@code --set} values. */
  public Map<String, String> asFlags() {
    Map<String, String> flags = new LinkedHashMap<>();
    if (feeds != null && !feeds.isEmpty()) {
      flags.put(IngestConfig.FEEDS.name(), String.join(",", feeds));
    }
    if (htmlDir != null) {
      flags.put(IngestConfig.HTML_DIR.name(), htmlDir.toString());
    }
    if (once) {
      flags.put(IngestConfig.ONCE.name(), "true");
    }
    return flags;
  }
}
