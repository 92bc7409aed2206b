package io.newsflow.ingest;

import io.newsflow.common.config.ConfigException;
import io.newsflow.common.config.ConfigKey;
import io.newsflow.common.config.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Typed, validated settings of the ingest stage.
 *
 * @param feeds sources from configuration: feed URLs or local files; the type of each is inferred
 *     ({@link SourceSpec#infer}): {@code .warc[.gz]} is a WARC archive, {@code .txt} a URL list, a name
 *     containing {@code sitemap} a sitemap, anything else a feed
 * @param htmlDir a directory of .html/.html.gz files to load, or null
 * @param pollInterval first interval between polls of a source (then adapted within the bounds below)
 * @param once one pass over the configured sources, then the fetcher stops (the cleaner keeps running);
 *     the run-time source list (feeds topic) is not read in this mode
 * @param allowPrivateAddresses lets the fetcher reach loopback/private addresses (tests, intranet feeds)
 * @param fetchThreads global concurrency limit: fetches in flight at once over all hosts
 * @param hostDelay default spacing of requests to one host (robots.txt Crawl-delay wins when larger)
 * @param minPoll shortest adaptive poll interval
 * @param maxPoll longest adaptive poll interval
 * @param retryAttempts retries of a transient failure (timeout, 429, 5xx) before it becomes a dead letter
 * @param retryBase first backoff ceiling (exponential, full jitter)
 * @param retryCap longest backoff; a Retry-After above it is not waited for (the URL is retried when
 *     listed again)
 * @param maxRememberedUrls bound of the in-memory canonical-URL dedup set
 * @param dedupTtl how long a content hash is remembered by the cleaner's syndication dedup
 * @param sourcesFromTopic whether the run-time source list (feeds topic) is consumed
 * @param sourcesGroupId consumer group that splits the feeds topic's partitions among instances
 * @param topicLocalFiles whether sources from the topic may name local files/directories
 */
public record IngestConfig(List<String> feeds, Path htmlDir, Duration pollInterval, boolean once,
    boolean allowPrivateAddresses, long maxBodyBytes, int cleanThreads, int fetchThreads, Duration hostDelay,
    Duration minPoll, Duration maxPoll, int retryAttempts, Duration retryBase, Duration retryCap,
    int maxRememberedUrls, Duration dedupTtl, boolean sourcesFromTopic, String sourcesGroupId,
    boolean topicLocalFiles) {

  public static final ConfigKey<String> FEEDS = ConfigKey.string("ingest.feeds", "",
      "Comma-separated sources to poll: feed URLs (RSS 0.9x/1.0/2.0, Atom, JSON Feed) or local feed files; "
          + "names ending .warc/.warc.gz are WARC archives, .txt URL lists, names containing 'sitemap' sitemaps.");
  public static final ConfigKey<String> HTML_DIR = ConfigKey.string("ingest.html.dir", "",
      "Directory of .html/.htm/.html.gz pages to load as articles (scanned recursively, rescanned each poll).");
  public static final ConfigKey<Long> POLL_SECONDS = ConfigKey.longValue("ingest.poll.seconds", 300, 1,
      "First interval between polls of a source; then adapted between ingest.poll.min.seconds and "
          + "ingest.poll.max.seconds (halved when a poll finds new items, grown by half when it finds none).");
  public static final ConfigKey<Boolean> ONCE = ConfigKey.bool("ingest.once", false,
      "Make one pass over the configured sources, then stop fetching (cleaning continues).");
  public static final ConfigKey<Boolean> ALLOW_PRIVATE = ConfigKey.bool("ingest.allow.private.addresses", false,
      "Allow fetching from loopback/private/link-local addresses. Off by default: the SSRF guard refuses them.");
  public static final ConfigKey<Long> MAX_BODY = ConfigKey.longValue("ingest.max.body.bytes", 5L * 1024 * 1024, 1024,
      "Largest page or feed body accepted; larger ones become dead letters with reason too-large.");
  public static final ConfigKey<Integer> CLEAN_THREADS = ConfigKey.integer("ingest.clean.threads", 1, 1, 64,
      "Kafka Streams threads of the cleaner (pages -> articles).");
  public static final ConfigKey<Integer> FETCH_THREADS = ConfigKey.integer("ingest.fetch.threads", 8, 1, 256,
      "Global concurrency limit of the fetcher: HTTP fetches in flight at once, over all hosts.");
  public static final ConfigKey<Long> HOST_DELAY_MS = ConfigKey.longValue("ingest.host.delay.ms", 1000, 0,
      "Default spacing of requests to one host (host:port); a larger robots.txt Crawl-delay wins (capped at 60 s).");
  public static final ConfigKey<Long> POLL_MIN_SECONDS = ConfigKey.longValue("ingest.poll.min.seconds", 60, 1,
      "Shortest adaptive poll interval of a source (feeds that keep changing are polled this often at most).");
  public static final ConfigKey<Long> POLL_MAX_SECONDS = ConfigKey.longValue("ingest.poll.max.seconds", 3600, 1,
      "Longest adaptive poll interval of a source (idle feeds are still polled at least this often).");
  public static final ConfigKey<Integer> RETRY_ATTEMPTS = ConfigKey.integer("ingest.retry.attempts", 4, 0, 20,
      "Retries of a transient fetch failure (timeout, connection failure, 408, 429, 5xx) before a dead letter.");
  public static final ConfigKey<Long> RETRY_BASE_MS = ConfigKey.longValue("ingest.retry.base.ms", 1000, 1,
      "First retry backoff ceiling; doubles per attempt with full jitter; a Retry-After header is a floor.");
  public static final ConfigKey<Long> RETRY_MAX_MS = ConfigKey.longValue("ingest.retry.max.ms", 300_000, 1,
      "Longest retry backoff; a Retry-After beyond it is not waited for (dead letter; retried when listed again).");
  public static final ConfigKey<Integer> DEDUP_MAX_URLS = ConfigKey.integer("ingest.dedup.max.urls", 1_000_000,
      1000, Integer.MAX_VALUE,
      "Canonical URLs remembered in memory so a URL is fetched once (oldest forgotten first).");
  public static final ConfigKey<Long> DEDUP_TTL_HOURS = ConfigKey.longValue("ingest.dedup.ttl.hours", 720, 1,
      "Hours the cleaner remembers a content hash to drop syndicated copies (state store entries expire after).");
  public static final ConfigKey<Boolean> SOURCES_TOPIC = ConfigKey.bool("ingest.sources.topic", true,
      "Consume the run-time source list <prefix>.feeds (managed with `newsflow sources`).");
  public static final ConfigKey<String> SOURCES_GROUP = ConfigKey.string("ingest.sources.group.id",
      "newsflow-ingest-sources",
      "Consumer group of ingest instances: each polls the sources of the feeds-topic partitions assigned to it.");
  public static final ConfigKey<Boolean> TOPIC_LOCAL_FILES = ConfigKey.bool("ingest.sources.topic.local.files",
      false, "Let sources from the feeds topic name local files or directories (off: only http(s) URLs).");
  public static final List<ConfigKey<?>> KEYS = List.of(FEEDS, HTML_DIR, POLL_SECONDS, ONCE, ALLOW_PRIVATE, MAX_BODY,
      CLEAN_THREADS, FETCH_THREADS, HOST_DELAY_MS, POLL_MIN_SECONDS, POLL_MAX_SECONDS, RETRY_ATTEMPTS, RETRY_BASE_MS,
      RETRY_MAX_MS, DEDUP_MAX_URLS, DEDUP_TTL_HOURS, SOURCES_TOPIC, SOURCES_GROUP, TOPIC_LOCAL_FILES);

  public static IngestConfig from(Settings s) {
    List<String> feeds = Arrays.stream(s.get(FEEDS).split(",")).map(String::strip).filter(f -> !f.isEmpty()).toList();
    String dir = s.get(HTML_DIR).strip();
    Path htmlDir = dir.isEmpty() ? null : Path.of(dir);
    if (htmlDir != null && !Files.isDirectory(htmlDir)) {
      throw new ConfigException("ingest.html.dir " + htmlDir.toAbsolutePath() + " is not a directory");
    }
    Duration min = Duration.ofSeconds(s.get(POLL_MIN_SECONDS));
    Duration max = Duration.ofSeconds(s.get(POLL_MAX_SECONDS));
    if (max.compareTo(min) < 0) {
      throw new ConfigException("ingest.poll.max.seconds must be at least ingest.poll.min.seconds");
    }
    Duration retryBase = Duration.ofMillis(s.get(RETRY_BASE_MS));
    Duration retryCap = Duration.ofMillis(s.get(RETRY_MAX_MS));
    if (retryCap.compareTo(retryBase) < 0) {
      throw new ConfigException("ingest.retry.max.ms must be at least ingest.retry.base.ms");
    }
    return new IngestConfig(feeds, htmlDir, Duration.ofSeconds(s.get(POLL_SECONDS)), s.get(ONCE),
        s.get(ALLOW_PRIVATE), s.get(MAX_BODY), s.get(CLEAN_THREADS), s.get(FETCH_THREADS),
        Duration.ofMillis(s.get(HOST_DELAY_MS)), min, max, s.get(RETRY_ATTEMPTS), retryBase, retryCap,
        s.get(DEDUP_MAX_URLS), Duration.ofHours(s.get(DEDUP_TTL_HOURS)), s.get(SOURCES_TOPIC), s.get(SOURCES_GROUP),
        s.get(TOPIC_LOCAL_FILES));
  }

  /** True when configuration names sources (the feeds topic may add more at run time). */
  public boolean hasSources() {
    return !feeds.isEmpty() || htmlDir != null;
  }

  /** Whether the fetcher runs at all: configured sources, or the run-time list (not in one-shot mode). */
  boolean runsFetcher() {
    return hasSources() || (sourcesFromTopic && !once);
  }

  /** The configured sources as specs (html dir last). */
  List<SourceSpec> configuredSources() {
    java.util.List<SourceSpec> out = new java.util.ArrayList<>();
    for (String f : feeds) {
      out.add(SourceSpec.infer(f));
    }
    if (htmlDir != null) {
      out.add(new SourceSpec(htmlDir.toString(), SourceType.HTML_DIR, null));
    }
    return out;
  }
}
