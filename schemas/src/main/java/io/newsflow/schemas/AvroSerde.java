package io.newsflow.schemas;

import java.io.IOException;
import java.util.Arrays;
import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serde for a generated Avro class using Avro single-object encoding: {@code C3 01}, the 8-byte
 * CRC-64-AVRO fingerprint of the writer schema, then Avro binary. No registry is needed: readers
 * resolve older writer schemas from {@link SchemaHistory}.
 *
 * <p>Undecodable bytes (wrong magic, unknown fingerprint, truncated data) raise
 * {@link SerializationException}, which the stages route to the dead-letter topic.
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T>, Serializer<T>, Deserializer<T> {
  /**
   * Largest string/bytes value and collection a record may declare. Without a bound a 15-byte record
   * claiming a 1 GiB string makes Avro allocate it (OutOfMemoryError, which no handler catches).
   * Set before Avro reads its limits; a user's own -D value wins.
   */
  static final String MAX_LENGTH = String.valueOf(64 * 1024 * 1024);

  static {
    for (String key : new String[] {"org.apache.avro.limits.string.maxLength",
        "org.apache.avro.limits.bytes.maxLength", "org.apache.avro.limits.collectionItems.maxLength"}) {
      if (System.getProperty(key) == null) {
        System.setProperty(key, MAX_LENGTH);
      }
    }
  }

  private static final SchemaStore.Cache HISTORY = SchemaHistory.store();

  private final Class<T> type;
  private final BinaryMessageEncoder<T> encoder;
  private final BinaryMessageDecoder<T> decoder;

  static {
    // Avro 1.12.2 refuses to instantiate classes outside a trusted package list.
    TrustedPackages.trust("io.newsflow.schemas.avro");
  }

  public AvroSerde(Class<T> type) {
    this.type = type;
    SpecificData model = SpecificData.getForClass(type); // keeps logical-type conversions (Instant)
    Schema schema = model.getSchema(type);
    this.encoder = new BinaryMessageEncoder<>(model, schema);
    this.decoder = new BinaryMessageDecoder<>(model, schema, HISTORY);
  }

  public Class<T> type() {
    return type;
  }

  @Override
  public byte[] serialize(String topic, T data) {
    if (data == null) {
      return null;
    }
    EncodeBuffer out = EncodeBuffer.forThisThread();
    try {
      encoder.encode(data, out);
      return out.toByteArray();
    } catch (IOException | RuntimeException e) {
      throw new SerializationException("cannot encode " + type.getSimpleName() + ": " + e.getMessage(), e);
    } finally {
      out.release();
    }
  }

  @Override
  public T deserialize(String topic, byte[] data) {
    if (data == null) {
      return null;
    }
    try {
      return decoder.decode(data);
    } catch (IOException | RuntimeException e) {
      throw new SerializationException(
          "cannot decode " + type.getSimpleName() + " from " + data.length + " bytes"
              + (topic == null ? "" : " on " + topic) + " (starts " + hexPrefix(data) + "): " + e,
          e);
    }
  }

  private static String hexPrefix(byte[] data) {
    StringBuilder sb = new StringBuilder();
    for (byte b : Arrays.copyOf(data, Math.min(data.length, 4))) {
      sb.append(String.format("%02x", b));
    }
    return sb.toString();
  }

  @Override
  public Serializer<T> serializer() {
    return this;
  }

  @Override
  public Deserializer<T> deserializer() {
    return this;
  }

  @Override
  public void configure(java.util.Map<String, ?> configs, boolean isKey) {}

  @Override
  public void close() {}
}
