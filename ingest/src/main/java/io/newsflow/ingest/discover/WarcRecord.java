package io.newsflow.ingest.discover;

import java.util.Locale;
import java.util.Map;

/**
 * One WARC record as read by {@link WarcReader}.
 *
 * @param version   {@code WARC/1.0} or {@code WARC/1.1} (other versions are read the same way)
 * @param headers   WARC named fields, names lower-cased, repeated fields joined by {@code ", "}
 * @param block     the record block (for a response: the HTTP message), or null when it was larger than
 *                  the reader's bound and skipped
 * @param blockSize the declared Content-Length of the block
 */
public record WarcRecord(String version, Map<String, String> headers, byte[] block, long blockSize) {
  public WarcRecord {
    headers = Map.copyOf(headers);
  }

  /** {@code WARC-Type} lower-cased ({@code response}, {@code request}, {@code warcinfo}, ...), or "". */
  public String type() {
    String t = headers.get("warc-type");
    return t == null ? "" : t.strip().toLowerCase(Locale.ROOT);
  }

  /** {@code WARC-Target-URI} without the angle brackets some writers add, or null. */
  public String targetUri() {
    String t = headers.get("warc-target-uri");
    if (t == null) {
      return null;
    }
    t = t.strip();
    if (t.startsWith("<") && t.endsWith(">")) {
      t = t.substring(1, t.length() - 1);
    }
    return t.isEmpty() ? null : t;
  }

  /** {@code WARC-Date} as written (ISO-8601), or null. */
  public String date() {
    return headers.get("warc-date");
  }

  /** True when the block was over the size bound and not kept. */
  public boolean isOversized() {
    return block == null;
  }

  /** True for a response record whose block is an HTTP response message. */
  public boolean isHttpResponse() {
    String ct = headers.getOrDefault("content-type", "").toLowerCase(Locale.ROOT);
    return type().equals("response") && ct.startsWith("application/http") && block != null;
  }
}
