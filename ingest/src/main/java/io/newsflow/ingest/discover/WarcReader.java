package io.newsflow.ingest.discover;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Streams the records of a WARC file (ISO 28500, WARC/1.0 and WARC/1.1), plain or gzip-compressed
 * (one gzip member per record, as Common Crawl writes them, or one member for the whole file; detected
 * from the magic bytes, not the file name).
 *
 * <p>Each record is {@code WARC/x.y CRLF}, named fields, an empty line, a block of exactly
 * {@code Content-Length} bytes, then {@code CRLF CRLF}. The reader is lenient about the separator
 * (any blank lines between records, LF instead of CRLF) and strict about the version line and
 * Content-Length, which a record cannot be read without.
 *
 * <p>Bounds: a header line longer than {@value #MAX_LINE_BYTES} bytes or more than {@value #MAX_FIELDS}
 * fields is a {@code malformed-warc} failure; a block larger than {@code maxBlockBytes} is skipped (the
 * record is returned with a null block, see {@link WarcRecord#isOversized()}) so one huge record cannot
 * exhaust memory. After a malformed record the stream position is unknown, so reading stops there.
 *
 * <p>Not thread-safe; close it (it closes the underlying stream).
 */
public final class WarcReader implements Closeable {
  static final int MAX_LINE_BYTES = 64 * 1024;
  static final int MAX_FIELDS = 500;

  private final InputStream in;
  private final long maxBlockBytes;
  private long records;

  /**
   * @param in            the raw file content (gzip or not); buffered internally
   * @param maxBlockBytes largest record block kept in memory (positive)
   * @throws IOException when the first bytes cannot be read
   */
  public WarcReader(InputStream in, long maxBlockBytes) throws IOException {
    if (maxBlockBytes < 1) {
      throw new IllegalArgumentException("maxBlockBytes must be positive");
    }
    BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
    buffered.mark(2);
    int b0 = buffered.read();
    int b1 = buffered.read();
    buffered.reset();
    boolean gzip = b0 == 0x1f && b1 == 0x8b;
    // GZIPInputStream reads concatenated members, i.e. the record-per-member layout.
    this.in = gzip ? new BufferedInputStream(new GZIPInputStream(buffered, 64 * 1024), 64 * 1024) : buffered;
    this.maxBlockBytes = maxBlockBytes;
  }

  /** Opens a file for reading. */
  public static WarcReader open(Path file, long maxBlockBytes) throws IOException {
    InputStream raw = Files.newInputStream(file);
    try {
      return new WarcReader(raw, maxBlockBytes);
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }

  /**
   * The next record, or null at the end of the file.
   *
   * @throws DiscoveryException {@code malformed-warc} when the record cannot be read (reading must stop)
   * @throws IOException on an I/O or gzip failure
   */
  public WarcRecord next() throws IOException, DiscoveryException {
    String version;
    do {
      version = readLine();
      if (version == null) {
        return null;
      }
    } while (version.isEmpty());
    if (!version.startsWith("WARC/")) {
      throw malformed("record " + (records + 1) + " does not start with a WARC/ version line");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    String last = null;
    for (int n = 0; ; n++) {
      String line = readLine();
      if (line == null) {
        throw malformed("file ends inside the header of record " + (records + 1));
      }
      if (line.isEmpty()) {
        break;
      }
      if (n >= MAX_FIELDS) {
        throw malformed("more than " + MAX_FIELDS + " fields in record " + (records + 1));
      }
      if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && last != null) {
        fields.merge(last, " " + line.strip(), String::concat); // folded continuation line
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw malformed("field without a name in record " + (records + 1));
      }
      last = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      fields.merge(last, line.substring(colon + 1).strip(), (a, b) -> a + ", " + b);
    }
    long length;
    try {
      length = Long.parseLong(fields.getOrDefault("content-length", "").strip());
    } catch (NumberFormatException e) {
      throw malformed("missing or bad Content-Length in record " + (records + 1));
    }
    if (length < 0) {
      throw malformed("negative Content-Length in record " + (records + 1));
    }
    byte[] block = null;
    if (length <= maxBlockBytes) {
      block = in.readNBytes((int) length);
      if (block.length < length) {
        throw malformed("file ends inside the block of record " + (records + 1));
      }
    } else {
      skip(length);
    }
    records++;
    return new WarcRecord(version.strip(), fields, block, length);
  }

  /** Records returned so far. */
  public long recordsRead() {
    return records;
  }

  private void skip(long n) throws IOException, DiscoveryException {
    long left = n;
    while (left > 0) {
      long skipped = in.skip(left);
      if (skipped <= 0) {
        if (in.read() < 0) {
          throw malformed("file ends inside the block of record " + (records + 1));
        }
        skipped = 1;
      }
      left -= skipped;
    }
  }

  /** A header line without its CR/LF (ISO-8859-1; field values are ASCII/UTF-8 URLs), or null at EOF. */
  private String readLine() throws IOException, DiscoveryException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(128);
    int b;
    while ((b = in.read()) >= 0) {
      if (b == '\n') {
        break;
      }
      if (line.size() >= MAX_LINE_BYTES) {
        throw malformed("header line longer than " + MAX_LINE_BYTES + " bytes");
      }
      line.write(b);
    }
    if (b < 0 && line.size() == 0) {
      return null;
    }
    byte[] bytes = line.toByteArray();
    int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
    return new String(bytes, 0, len, StandardCharsets.UTF_8);
  }

  private static DiscoveryException malformed(String message) {
    return new DiscoveryException(DiscoveryException.MALFORMED_WARC, message, null);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
