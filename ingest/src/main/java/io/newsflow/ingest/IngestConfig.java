package io.newsflow.ingest;

import io.newsflow.common.config.ConfigKey;
import io.newsflow.common.config.ConfigException;
import io.newsflow.common.config.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Typed, validated settings of the ingest stage.
 *
 * @param feeds RSS/Atom/JSON feed URLs or local feed files
 * @param htmlDir a directory of .html/.html.gz files to load, or null
 * @param pollInterval how often feeds are polled and the directory rescanned
 * @param once one pass over the sources, then the fetcher stops (the cleaner keeps running)
 * @param allowPrivateAddresses lets the fetcher reach loopback/private addresses (tests, intranet feeds)
 */
public record IngestConfig(List<String> feeds, Path htmlDir, Duration pollInterval, boolean once,
    boolean allowPrivateAddresses, long maxBodyBytes, int cleanThreads) {

  public static final ConfigKey<String> FEEDS = ConfigKey.string("ingest.feeds", "",
      "Comma-separated feed URLs (RSS 0.9x/1.0/2.0, Atom, JSON Feed) or local feed files to poll.");
  public static final ConfigKey<String> HTML_DIR = ConfigKey.string("ingest.html.dir", "",
      "Directory of .html/.htm/.html.gz pages to load as articles (scanned recursively, rescanned each poll).");
  public static final ConfigKey<Long> POLL_SECONDS = ConfigKey.longValue("ingest.poll.seconds", 300, 1,
      "Seconds between polls of the feeds and rescans of the HTML directory.");
  public static final ConfigKey<Boolean> ONCE = ConfigKey.bool("ingest.once", false,
      "Make one pass over the sources, then stop fetching (cleaning continues).");
  public static final ConfigKey<Boolean> ALLOW_PRIVATE = ConfigKey.bool("ingest.allow.private.addresses", false,
      "Allow fetching from loopback/private/link-local addresses. Off by default: the SSRF guard refuses them.");
  public static final ConfigKey<Long> MAX_BODY = ConfigKey.longValue("ingest.max.body.bytes", 5L * 1024 * 1024, 1024,
      "Largest page or feed body accepted; larger ones become dead letters with reason too-large.");
  public static final ConfigKey<Integer> CLEAN_THREADS = ConfigKey.integer("ingest.clean.threads", 1, 1, 64,
      "Kafka Streams threads of the cleaner (pages -> articles).");
  public static final List<ConfigKey<?>> KEYS =
      List.of(FEEDS, HTML_DIR, POLL_SECONDS, ONCE, ALLOW_PRIVATE, MAX_BODY, CLEAN_THREADS);

  public static IngestConfig from(Settings s) {
    List<String> feeds = Arrays.stream(s.get(FEEDS).split(",")).map(String::strip).filter(f -> !f.isEmpty()).toList();
    String dir = s.get(HTML_DIR).strip();
    Path htmlDir = dir.isEmpty() ? null : Path.of(dir);
    if (htmlDir != null && !Files.isDirectory(htmlDir)) {
      throw new ConfigException("ingest.html.dir " + htmlDir.toAbsolutePath() + " is not a directory");
    }
    return new IngestConfig(feeds, htmlDir, Duration.ofSeconds(s.get(POLL_SECONDS)), s.get(ONCE),
        s.get(ALLOW_PRIVATE), s.get(MAX_BODY), s.get(CLEAN_THREADS));
  }

  public boolean hasSources() {
    return !feeds.isEmpty() || htmlDir != null;
  }
}
