package io.newsflow.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * One source: its location (URL or local path; the feeds-topic key), its type and an optional poll
 * interval that overrides the adaptive one's starting point.
 *
 * <p>Wire form (the value on the feeds topic): {@code {"type":"rss","pollSeconds":600}}; unknown fields
 * are ignored so newer writers do not break older readers.
 *
 * @param location URL or local path, never blank
 * @param type what the location holds
 * @param pollInterval first poll interval for this source, or null for the configured default
 */
public record SourceSpec(String location, SourceType type, Duration pollInterval) {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Longest accepted key/value, a bound on what a topic writer can make us parse. */
  static final int MAX_CHARS = 8192;

  public SourceSpec {
    Objects.requireNonNull(type, "type");
    if (location == null || location.isBlank() || location.length() > MAX_CHARS) {
      throw new IllegalArgumentException("source location must be 1.." + MAX_CHARS + " characters");
    }
    location = location.strip();
    if (pollInterval != null && (pollInterval.isNegative() || pollInterval.isZero())) {
      throw new IllegalArgumentException("pollSeconds must be positive");
    }
  }

  /**
   * Guesses the type from the location: {@code .warc}/{@code .warc.gz} is WARC, a remote
   * {@code /robots.txt} a sitemap source (the sitemaps it announces), {@code .txt} a URL list, a name
   * containing {@code sitemap} a sitemap, a local directory an HTML directory, else a feed.
   */
  public static SourceSpec infer(String location) {
    String lower = location == null ? "" : location.strip().toLowerCase(Locale.ROOT);
    SourceType type;
    if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
      type = SourceType.WARC;
    } else if (lower.contains("sitemap") || (PageSource.isRemote(lower) && lower.endsWith("/robots.txt"))) {
      type = SourceType.SITEMAP;
    } else if (lower.endsWith(".txt")) {
      type = SourceType.URLS;
    } else if (!PageSource.isRemote(lower) && isDirectory(location)) {
      type = SourceType.HTML_DIR;
    } else {
      type = SourceType.RSS;
    }
    return new SourceSpec(location, type, null);
  }

  private static boolean isDirectory(String location) {
    try {
      return java.nio.file.Files.isDirectory(java.nio.file.Path.of(location.strip()));
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * Parses a feeds-topic record.
   *
   * @throws IllegalArgumentException when the value is not a JSON object with a known {@code type}
   */
  public static SourceSpec fromJson(String location, String json) {
    if (json == null || json.length() > MAX_CHARS) {
      throw new IllegalArgumentException("source settings missing or longer than " + MAX_CHARS + " characters");
    }
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("source settings are not JSON: " + e.getMessage(), e);
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("source settings must be a JSON object");
    }
    JsonNode type = node.get("type");
    SourceType t = type == null || type.isNull() ? infer(location).type() : SourceType.of(type.asText());
    JsonNode poll = node.get("pollSeconds");
    Duration interval = poll == null || poll.isNull() ? null : Duration.ofSeconds(poll.asLong(-1));
    return new SourceSpec(location, t, interval);
  }

  /** The wire form of the settings (the feeds-topic value). */
  public String toJson() {
    ObjectNode node = JSON.createObjectNode();
    node.put("type", type.label());
    if (pollInterval != null) {
      node.put("pollSeconds", pollInterval.toSeconds());
    }
    return node.toString();
  }

  boolean isRemote() {
    return PageSource.isRemote(location);
  }
}
