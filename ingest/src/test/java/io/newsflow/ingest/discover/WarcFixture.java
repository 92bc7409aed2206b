package io.newsflow.ingest.discover;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/**
 * Builds small WARC files in tests (no downloads): records in WARC/1.0 or 1.1 syntax, optionally one
 * gzip member per record as Common Crawl writes them.
 */
public final class WarcFixture {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final boolean gzipPerRecord;
  private int n;

  public WarcFixture(boolean gzipPerRecord) {
    this.gzipPerRecord = gzipPerRecord;
  }

  /** A warcinfo record, as at the start of every CC file. */
  public WarcFixture warcinfo() {
    return record("WARC/1.0", "warcinfo", null, "application/warc-fields",
        "software: newsflow-test\r\nformat: WARC File Format 1.0\r\n".getBytes(StandardCharsets.UTF_8));
  }

  /** A request record (skipped by readers of pages). */
  public WarcFixture request(String url) {
    return record("WARC/1.0", "request", url, "application/http; msgtype=request",
        ("GET / HTTP/1.1\r\nHost: example.org\r\n\r\n").getBytes(StandardCharsets.UTF_8));
  }

  /** A response record with an HTML body. */
  public WarcFixture response(String version, String url, int status, String contentType, String body) {
    byte[] payload = body.getBytes(StandardCharsets.UTF_8);
    String head = "HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\nContent-Length: " + payload.length
        + "\r\n\r\n";
    return record(version, "response", url, "application/http; msgtype=response", concat(head, payload));
  }

  /** A response whose HTTP body is chunked and gzip-encoded, as some archives keep it. */
  public WarcFixture chunkedGzipResponse(String url, String body) throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(gz)) {
      g.write(body.getBytes(StandardCharsets.UTF_8));
    }
    byte[] zipped = gz.toByteArray();
    ByteArrayOutputStream chunked = new ByteArrayOutputStream();
    int half = zipped.length / 2;
    writeChunk(chunked, zipped, 0, half);
    writeChunk(chunked, zipped, half, zipped.length - half);
    chunked.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    String head = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n"
        + "Content-Encoding: gzip\r\n\r\n";
    return record("WARC/1.1", "response", url, "application/http;msgtype=response", concat(head, chunked.toByteArray()));
  }

  public WarcFixture record(String version, String type, String url, String contentType, byte[] block) {
    n++;
    StringBuilder h = new StringBuilder(version).append("\r\n")
        .append("WARC-Type: ").append(type).append("\r\n")
        .append("WARC-Date: 2024-05-0").append(1 + n % 9).append("T10:00:00Z\r\n")
        .append("WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-").append(String.format("%012d", n)).append(">\r\n");
    if (url != null) {
      h.append("WARC-Target-URI: ").append(url).append("\r\n");
    }
    h.append("Content-Type: ").append(contentType).append("\r\n")
        .append("Content-Length: ").append(block.length).append("\r\n\r\n");
    byte[] record = concat(h.toString(), concat(block, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
    try {
      if (gzipPerRecord) {
        ByteArrayOutputStream member = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(member)) {
          g.write(record);
        }
        out.write(member.toByteArray());
      } else {
        out.write(record);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return this;
  }

  public byte[] bytes() {
    return out.toByteArray();
  }

  private static void writeChunk(ByteArrayOutputStream out, byte[] b, int off, int len) {
    out.writeBytes((Integer.toHexString(len) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(b, off, len);
    out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] concat(String a, byte[] b) {
    return concat(a.getBytes(StandardCharsets.UTF_8), b);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = new byte[a.length + b.length];
    System.arraycopy(a, 0, c, 0, a.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
