package io.newsflow.ingest.discover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarcReaderTest {
  private static final String HTML = "<html><body><p>Héllo wörld</p></body></html>";

  private static List<WarcRecord> readAll(byte[] warc, long max) throws Exception {
    List<WarcRecord> out = new ArrayList<>();
    try (WarcReader r = new WarcReader(new ByteArrayInputStream(warc), max)) {
      for (WarcRecord rec; (rec = r.next()) != null; ) {
        out.add(rec);
      }
    }
    return out;
  }

  @Test
  void readsWarc10And11RecordsWithTheirTypesAndTargets() throws Exception {
    byte[] warc = new WarcFixture(false).warcinfo().request("https://example.org/a")
        .response("WARC/1.0", "https://example.org/a", 200, "text/html; charset=utf-8", HTML)
        .response("WARC/1.1", "<https://example.org/b>", 200, "text/html", HTML).bytes();

    List<WarcRecord> records = readAll(warc, 1 << 20);

    assertThat(records).extracting(WarcRecord::type).containsExactly("warcinfo", "request", "response", "response");
    assertThat(records).extracting(WarcRecord::version).containsExactly("WARC/1.0", "WARC/1.0", "WARC/1.0", "WARC/1.1");
    assertThat(records.get(2).targetUri()).isEqualTo("https://example.org/a");
    assertThat(records.get(3).targetUri()).as("angle brackets removed").isEqualTo("https://example.org/b");
    assertThat(records.get(2).isHttpResponse()).isTrue();
    assertThat(records.get(1).isHttpResponse()).isFalse();
    WarcHttpResponse http = WarcHttpResponse.parse(records.get(2).block(), 1 << 20);
    assertThat(http.status()).isEqualTo(200);
    assertThat(http.contentType()).isEqualTo("text/html; charset=utf-8");
    assertThat(new String(http.body(), StandardCharsets.UTF_8)).isEqualTo(HTML);
  }

  @Test
  void readsGzipMemberPerRecordFilesLikeCommonCrawl() throws Exception {
    byte[] warc = new WarcFixture(true).warcinfo()
        .response("WARC/1.0", "https://example.org/a", 200, "text/html", HTML)
        .response("WARC/1.0", "https://example.org/b", 200, "text/html", HTML).bytes();
    assertThat(warc[0] & 0xff).isEqualTo(0x1f);

    List<WarcRecord> records = readAll(warc, 1 << 20);

    assertThat(records).extracting(WarcRecord::targetUri)
        .containsExactly(null, "https://example.org/a", "https://example.org/b");
  }

  @Test
  void decodesChunkedAndGzipEncodedHttpBodies() throws Exception {
    byte[] warc = new WarcFixture(true).chunkedGzipResponse("https://example.org/c", HTML).bytes();

    WarcRecord record = readAll(warc, 1 << 20).get(0);
    WarcHttpResponse http = WarcHttpResponse.parse(record.block(), 1 << 20);

    assertThat(new String(http.body(), StandardCharsets.UTF_8)).isEqualTo(HTML);
  }

  @Test
  void skipsTheBlockOfAnOversizedRecordAndGoesOn() throws Exception {
    String big = "x".repeat(5000);
    byte[] warc = new WarcFixture(false)
        .response("WARC/1.0", "https://example.org/big", 200, "text/html", big)
        .response("WARC/1.0", "https://example.org/small", 200, "text/html", HTML).bytes();

    List<WarcRecord> records = readAll(warc, 1000);

    assertThat(records.get(0).isOversized()).isTrue();
    assertThat(records.get(0).blockSize()).isGreaterThan(5000);
    assertThat(records.get(1).isOversized()).isFalse();
    assertThat(records.get(1).targetUri()).isEqualTo("https://example.org/small");
  }

  @Test
  void refusesARecordWithoutVersionLineOrContentLength() {
    byte[] noVersion = "HTTP/1.1 200 OK\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> readAll(noVersion, 1000)).isInstanceOf(DiscoveryException.class)
        .hasMessageContaining("malformed-warc");
    byte[] noLength = "WARC/1.0\r\nWARC-Type: response\r\n\r\nabc".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> readAll(noLength, 1000)).isInstanceOf(DiscoveryException.class)
        .hasMessageContaining("Content-Length");
  }

  @Test
  void reportsATruncatedFileInsteadOfReturningAPartialBlock() {
    byte[] warc = new WarcFixture(false).response("WARC/1.0", "https://example.org/a", 200, "text/html", HTML).bytes();
    byte[] cut = java.util.Arrays.copyOf(warc, warc.length - 30);
    assertThatThrownBy(() -> readAll(cut, 1 << 20)).isInstanceOf(DiscoveryException.class)
        .hasMessageContaining("ends inside the block");
  }

  @Test
  void emptyInputHasNoRecordsAndOverlongHeaderLinesAreRefused() throws Exception {
    assertThat(readAll(new byte[0], 1000)).isEmpty();
    byte[] longLine = ("WARC/1.0\r\nX: " + "a".repeat(WarcReader.MAX_LINE_BYTES + 10) + "\r\n")
        .getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> readAll(longLine, 1000)).isInstanceOf(DiscoveryException.class);
  }

  @Test
  void httpParserRefusesBlocksWithoutStatusLine() {
    assertThatThrownBy(() -> WarcHttpResponse.parse("garbage".getBytes(StandardCharsets.US_ASCII), 100))
        .isInstanceOf(DiscoveryException.class);
  }

  @Test
  void corruptGzipIsAnIoError() {
    byte[] bad = {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    assertThatThrownBy(() -> readAll(bad, 1000)).isInstanceOf(IOException.class);
  }
}
