package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.AvroSerde;
import io.newsflow.schemas.avro.FetchedPage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleMapperBodyTest {
  private static final byte[] HTML = "<html><body><p>hello</p></body></html>".getBytes(StandardCharsets.UTF_8);

  @Test
  void aDecodedPageBodyIsPassedOnWithoutACopy() {
    AvroSerde<FetchedPage> serde = new AvroSerde<>(FetchedPage.class);
    FetchedPage page = FetchedPage.newBuilder().setUrl("http://a.test/").setFinalUrl("http://a.test/").setStatus(200)
        .setContentType("text/html").setHeaders(Map.of()).setBody(ByteBuffer.wrap(HTML)).setSource("test")
        .setFetchedAt(Instant.EPOCH).build();
    ByteBuffer decoded = serde.deserialize("t", serde.serialize("t", page)).getBody();
    byte[] bytes = ArticleMapper.bytesOf(decoded);
    assertThat(bytes).isEqualTo(HTML);
    assertThat(bytes).isSameAs(decoded.array());
  }

  @Test
  void slicesAndReadOnlyBuffersAreCopiedExactly() {
    byte[] padded = new byte[HTML.length + 10];
    System.arraycopy(HTML, 0, padded, 5, HTML.length);
    ByteBuffer slice = ByteBuffer.wrap(padded, 5, HTML.length).slice();
    assertThat(ArticleMapper.bytesOf(slice)).isEqualTo(HTML).isNotSameAs(padded);
    assertThat(ArticleMapper.bytesOf(ByteBuffer.wrap(padded, 5, HTML.length))).isEqualTo(HTML);
    assertThat(ArticleMapper.bytesOf(ByteBuffer.wrap(HTML).asReadOnlyBuffer())).isEqualTo(HTML);
  }
}
