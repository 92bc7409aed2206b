package io.newsflow.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.avro.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class EncodeBufferTest {
  private final AvroSerde<Article> serde = new AvroSerde<>(Article.class);

  private static Article withText(int chars) {
    return Article.newBuilder(AvroSerdeTest.article()).setParagraphs(List.of("x".repeat(chars))).build();
  }

  @Test
  void recordsSerializedOneAfterAnotherDoNotShareBytes() {
    Article big = withText(100_000);
    Article small = withText(10);
    byte[] first = serde.serialize("t", big);
    byte[] second = serde.serialize("t", small);
    assertThat(second.length).isLessThan(first.length);
    assertThat(serde.deserialize("t", first)).isEqualTo(big);
    assertThat(serde.deserialize("t", second)).isEqualTo(small);
  }

  @Test
  void theThreadKeepsItsBufferUpToTheRetainedSize() {
    EncodeBuffer a = EncodeBuffer.forThisThread();
    a.write(new byte[200_000], 0, 200_000);
    a.release();
    EncodeBuffer b = EncodeBuffer.forThisThread();
    assertThat(b).isSameAs(a);
    assertThat(b.size()).isZero();
    b.write(new byte[EncodeBuffer.RETAINED_BYTES + 1], 0, EncodeBuffer.RETAINED_BYTES + 1);
    b.release();
    EncodeBuffer c = EncodeBuffer.forThisThread();
    assertThat(c).isNotSameAs(b);
    assertThat(c.capacity()).isLessThanOrEqualTo(EncodeBuffer.RETAINED_BYTES);
    c.release();
  }

  @Test
  void aNestedUseGetsItsOwnBuffer() {
    EncodeBuffer outer = EncodeBuffer.forThisThread();
    EncodeBuffer inner = EncodeBuffer.forThisThread();
    assertThat(inner).isNotSameAs(outer);
    inner.release();
    outer.release();
    assertThat(EncodeBuffer.forThisThread()).isSameAs(outer);
  }
}
