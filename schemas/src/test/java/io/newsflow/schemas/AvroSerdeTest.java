package io.newsflow.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.DeadLetter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {
  private final AvroSerde<Article> serde = new AvroSerde<>(Article.class);

  static Article article() {
    return Article.newBuilder()
        .setId("a1").setUrl("https://example.org/a").setCanonicalUrl("https://example.org/a")
        .setTitle("Title").setPublishedAt(Instant.parse("2025-03-12T10:00:00Z"))
        .setParagraphs(List.of("One.", "Two “quoted”."))
        .setSource("test").setFetchedAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
        .setContentHash("h").setCleanerVersion("clean-1").build();
  }

  @Test
  void roundTripsWithSingleObjectHeader() {
    Article a = article();
    byte[] bytes = serde.serialize("t", a);
    assertThat(bytes[0]).isEqualTo((byte) 0xC3);
    assertThat(bytes[1]).isEqualTo((byte) 0x01);
    assertThat(serde.deserialize("t", bytes)).isEqualTo(a);
  }

  @Test
  void nullStaysNull() {
    assertThat(serde.serialize("t", null)).isNull();
    assertThat(serde.deserialize("t", null)).isNull();
  }

  @Test
  void garbageBecomesSerializationException() {
    assertThatThrownBy(() -> serde.deserialize("t", "not avro".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isInstanceOf(SerializationException.class).hasMessageContaining("Article");
  }

  @Test
  void recordOfAnotherTypeIsRefused() {
    DeadLetter dl = DeadLetter.newBuilder().setStage("x").setReason("r").setFailedAt(Instant.EPOCH).build();
    byte[] bytes = new AvroSerde<>(DeadLetter.class).serialize("t", dl);
    assertThatThrownBy(() -> serde.deserialize("t", bytes)).isInstanceOf(SerializationException.class);
  }

  @Test
  void unknownWriterSchemaIsRefused() throws Exception {
    Schema unreleased = SchemaBuilder.record("Article").namespace("io.newsflow.schemas.avro")
        .fields().requiredString("id").requiredString("surprise").endRecord();
    GenericRecord r = new GenericData.Record(unreleased);
    r.put("id", "x");
    r.put("surprise", "y");
    byte[] bytes = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), unreleased).encode(r).array();
    assertThatThrownBy(() -> serde.deserialize("t", bytes))
        .isInstanceOf(SerializationException.class);
  }
}
