package io.newsflow.ingest.discover;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * The HTTP response stored in a WARC response record: status, headers (lower-cased names) and the
 * entity body with chunked transfer coding and gzip/deflate content coding removed (archives keep what the
 * server sent). Decoded bodies are bounded by {@code maxBodyBytes}.
 *
 * @param status  HTTP status code
 * @param headers header fields, names lower-cased, repeats joined by {@code ", "}
 * @param body    the decoded entity body
 */
public record WarcHttpResponse(int status, Map<String, String> headers, byte[] body) {
  private static final int MAX_HEADER_LINES = 500;

  public WarcHttpResponse {
    headers = Map.copyOf(headers);
  }

  /** The Content-Type header, or null. */
  public String contentType() {
    return headers.get("content-type");
  }

  /**
   * Parses the block of a response record.
   *
   * @throws DiscoveryException {@code malformed-warc} when the status line or headers are unreadable,
   *                            {@code too-large} when the decoded body exceeds {@code maxBodyBytes}
   */
  public static WarcHttpResponse parse(byte[] block, long maxBodyBytes) throws DiscoveryException {
    int[] pos = {0};
    String statusLine = line(block, pos);
    if (statusLine == null || !statusLine.startsWith("HTTP/")) {
      throw new DiscoveryException(DiscoveryException.MALFORMED_WARC, "no HTTP status line in response record",
          null);
    }
    String[] parts = statusLine.split(" ", 3);
    int status;
    try {
      status = Integer.parseInt(parts.length > 1 ? parts[1].strip() : "");
    } catch (NumberFormatException e) {
      throw new DiscoveryException(DiscoveryException.MALFORMED_WARC, "bad HTTP status line: " + abbreviate(statusLine),
          e);
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (int n = 0; ; n++) {
      String h = line(block, pos);
      if (h == null || h.isEmpty()) {
        break;
      }
      if (n >= MAX_HEADER_LINES) {
        throw new DiscoveryException(DiscoveryException.MALFORMED_WARC, "more than " + MAX_HEADER_LINES
            + " HTTP header lines", null);
      }
      int colon = h.indexOf(':');
      if (colon > 0) {
        headers.merge(h.substring(0, colon).strip().toLowerCase(Locale.ROOT), h.substring(colon + 1).strip(),
            (a, b) -> a + ", " + b);
      }
    }
    byte[] body = java.util.Arrays.copyOfRange(block, Math.min(pos[0], block.length), block.length);
    try {
      if (headers.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT).contains("chunked")) {
        body = dechunk(body, maxBodyBytes);
      }
      String encoding = headers.getOrDefault("content-encoding", "").strip().toLowerCase(Locale.ROOT);
      if (encoding.equals("gzip") || encoding.equals("x-gzip")) {
        body = bounded(new GZIPInputStream(new ByteArrayInputStream(body)), maxBodyBytes);
      } else if (encoding.equals("deflate")) {
        body = bounded(new InflaterInputStream(new ByteArrayInputStream(body)), maxBodyBytes);
      }
    } catch (IOException e) {
      String reason = e.getMessage() != null && e.getMessage().startsWith("too-large")
          ? DiscoveryException.TOO_LARGE : DiscoveryException.MALFORMED_WARC;
      throw new DiscoveryException(reason, "cannot decode HTTP body: " + e.getMessage(), e);
    }
    if (body.length > maxBodyBytes) {
      throw new DiscoveryException(DiscoveryException.TOO_LARGE, body.length + " bytes", null);
    }
    return new WarcHttpResponse(status, headers, body);
  }

  /** Next line (CRLF or LF) as ISO-8859-1, or null at the end; headers are bytes, not text. */
  private static String line(byte[] b, int[] pos) {
    if (pos[0] >= b.length) {
      return null;
    }
    int start = pos[0];
    int i = start;
    while (i < b.length && b[i] != '\n') {
      i++;
    }
    int end = i > start && b[i - 1] == '\r' ? i - 1 : i;
    pos[0] = i + 1;
    return new String(b, start, Math.max(0, end - start), StandardCharsets.ISO_8859_1);
  }

  private static byte[] dechunk(byte[] body, long max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length);
    int[] pos = {0};
    while (true) {
      String sizeLine = line(body, pos);
      if (sizeLine == null) {
        break; // truncated: keep what was complete
      }
      int semicolon = sizeLine.indexOf(';');
      String hex = (semicolon >= 0 ? sizeLine.substring(0, semicolon) : sizeLine).strip();
      if (hex.isEmpty()) {
        continue;
      }
      long size;
      try {
        size = Long.parseLong(hex, 16);
      } catch (NumberFormatException e) {
        throw new IOException("bad chunk size " + abbreviate(hex));
      }
      if (size == 0) {
        break;
      }
      if (size < 0 || out.size() + size > max) {
        throw new IOException("too-large: chunked body over " + max + " bytes");
      }
      int n = (int) Math.min(size, body.length - pos[0]);
      out.write(body, pos[0], n);
      pos[0] += n;
      line(body, pos); // the CRLF after the chunk
    }
    return out.toByteArray();
  }

  private static byte[] bounded(InputStream in, long max) throws IOException {
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[16 * 1024];
      for (int n; (n = in.read(buf)) > 0; ) {
        out.write(buf, 0, n);
        if (out.size() > max) {
          throw new IOException("too-large: decoded body over " + max + " bytes");
        }
      }
      return out.toByteArray();
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 100 ? s : s.substring(0, 100) + "...";
  }
}
