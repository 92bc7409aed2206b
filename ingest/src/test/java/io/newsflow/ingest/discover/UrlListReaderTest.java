package io.newsflow.ingest.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UrlListReaderTest {
  @Test
  void readsOneUrlPerLineSkippingCommentsBlanksAndDuplicates() {
    String list = "\uFEFF# news to load\n\nhttps://example.org/a\r\nhttps://example.org/b\tnote\n"
        + "https://example.org/a\n  http://example.net/c  \n";

    UrlListReader.Result r = UrlListReader.parse(list.getBytes(StandardCharsets.UTF_8));

    assertThat(r.urls()).containsExactly("https://example.org/a", "https://example.org/b", "http://example.net/c");
    assertThat(r.rejected()).isZero();
  }

  @Test
  void countsLinesThatAreNotWebUrls() {
    UrlListReader.Result r = UrlListReader.parse(
        "ftp://example.org/x\nnot a url\nhttps://ok.example/\n/relative\n".getBytes(StandardCharsets.UTF_8));

    assertThat(r.urls()).containsExactly("https://ok.example/");
    assertThat(r.rejected()).isEqualTo(3);
  }

  @Test
  void emptyInputIsAnEmptyList() {
    assertThat(UrlListReader.parse(null).urls()).isEmpty();
    assertThat(UrlListReader.parse(new byte[0]).urls()).isEmpty();
  }
}
