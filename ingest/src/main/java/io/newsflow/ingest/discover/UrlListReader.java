package io.newsflow.ingest.discover;

import io.newsflow.ingest.fetch.UrlResolver;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a plain URL list: one URL per line (UTF-8, BOM ignored), blank lines and lines starting with
 * {@code #} skipped, anything after the first whitespace ignored (so {@code URL<TAB>note} works).
 * Lines that are not absolute http(s) URLs are counted in {@link Result#rejected()}, duplicates are
 * dropped, and at most {@value #MAX_URLS} URLs are returned in file order. Stateless and thread-safe.
 */
public final class UrlListReader {
  public static final int MAX_URLS = 100_000;
  static final int MAX_LINE_CHARS = 8192;

  /** The URLs read and how many non-empty, non-comment lines were not usable URLs. */
  public record Result(List<String> urls, int rejected) {
    public Result {
      urls = List.copyOf(urls);
    }
  }

  private UrlListReader() {}

  public static Result parse(byte[] content) {
    if (content == null || content.length == 0) {
      return new Result(List.of(), 0);
    }
    String text = new String(content, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    Set<String> urls = new LinkedHashSet<>();
    int rejected = 0;
    for (String raw : text.split("\r?\n|\r")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (urls.size() >= MAX_URLS) {
        break;
      }
      int ws = indexOfWhitespace(line);
      String candidate = ws < 0 ? line : line.substring(0, ws);
      String url = candidate.length() > MAX_LINE_CHARS ? null : UrlResolver.resolve(null, candidate);
      if (url == null) {
        rejected++;
      } else {
        urls.add(url);
      }
    }
    return new Result(new ArrayList<>(urls), rejected);
  }

  private static int indexOfWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
