package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.clean.ArticleCleaner;
import io.newsflow.schemas.AvroSerde;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.FetchedPage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The body is cleaned where it lies, whatever buffer Avro or a caller hands over. */
class ArticleMapperBodyTest {
  private static final String TEXT = "The minister said on Tuesday that the talks would resume next week in Geneva,"
      + " after two days of meetings that both delegations described as constructive and frank.";
  private static final byte[] HTML = ("<html><head><title>Talks resume</title></head><body><article><p>" + TEXT
      + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8);

  private final ArticleMapper mapper = new ArticleMapper(new ArticleCleaner());

  @Test
  void aDecodedPageBodyIsCleaned() {
    AvroSerde<FetchedPage> serde = new AvroSerde<>(FetchedPage.class);
    FetchedPage decoded = serde.deserialize("t", serde.serialize("t", page(ByteBuffer.wrap(HTML))));
    assertThat(mapper.toArticle(decoded).getParagraphs()).containsExactly(TEXT);
  }

  @Test
  void slicesOffsetBuffersAndReadOnlyBuffersAreReadExactly() {
    byte[] padded = new byte[HTML.length + 20];
    java.util.Arrays.fill(padded, (byte) 'x'); // junk around the page must not leak into the article
    System.arraycopy(HTML, 0, padded, 7, HTML.length);
    ByteBuffer slice = ByteBuffer.wrap(padded, 7, HTML.length).slice();
    ByteBuffer positioned = ByteBuffer.wrap(padded, 7, HTML.length);
    ByteBuffer readOnly = ByteBuffer.wrap(padded, 7, HTML.length).asReadOnlyBuffer();
    ByteBuffer direct = ByteBuffer.allocateDirect(HTML.length).put(HTML).flip();
    for (ByteBuffer body : new ByteBuffer[] {slice, positioned, readOnly, direct}) {
      Article a = mapper.toArticle(page(body));
      assertThat(a.getParagraphs()).as(body.toString()).containsExactly(TEXT);
      assertThat(a.getTitle()).isEqualTo("Talks resume");
    }
  }

  private static FetchedPage page(ByteBuffer body) {
    return FetchedPage.newBuilder().setUrl("http://a.test/").setFinalUrl("http://a.test/").setStatus(200)
        .setContentType("text/html; charset=utf-8").setHeaders(Map.of()).setBody(body).setSource("test")
        .setFetchedAt(Instant.EPOCH).build();
  }
}
