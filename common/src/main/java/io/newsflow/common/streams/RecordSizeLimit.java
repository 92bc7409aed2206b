package io.newsflow.common.streams;

import io.newsflow.common.kafka.KafkaClients;
import java.util.Map;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Wraps the value serde of a topology's output so that a value over {@link #MAX_VALUE_BYTES} is
 * refused while it is serialized, with {@link RecordTooLargeException}: Streams then asks
 * {@link DeadLetterProductionHandler}, which writes a {@code too-large} dead letter and goes on. The
 * producer's own size check would come too late — under exactly-once its error aborts the
 * transaction (see the handler).
 */
public final class RecordSizeLimit {
  /**
   * Largest serialized value a topology writes: the producer's {@link KafkaClients#MAX_RECORD_BYTES}
   * less room for the key, headers and record overhead, so the producer never refuses one for size.
   */
  public static final int MAX_VALUE_BYTES = KafkaClients.MAX_RECORD_BYTES - 64 * 1024;

  private RecordSizeLimit() {}

  /** {@code serde} whose serializer refuses values over {@link #MAX_VALUE_BYTES}. */
  public static <V> Serde<V> bounded(Serde<V> serde) {
    return bounded(serde, MAX_VALUE_BYTES);
  }

  /** {@code serde} whose serializer refuses values over {@code maxBytes}. */
  public static <V> Serde<V> bounded(Serde<V> serde, int maxBytes) {
    return new Bounded<>(serde, maxBytes);
  }

  private record Bounded<V>(Serde<V> inner, int maxBytes) implements Serde<V> {
    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
      inner.configure(configs, isKey);
    }

    @Override
    public Serializer<V> serializer() {
      Serializer<V> s = inner.serializer();
      return new Serializer<>() {
        @Override
        public byte[] serialize(String topic, V data) {
          return check(topic, s.serialize(topic, data));
        }

        @Override
        public byte[] serialize(String topic, Headers headers, V data) {
          return check(topic, s.serialize(topic, headers, data));
        }
      };
    }

    @Override
    public Deserializer<V> deserializer() {
      return inner.deserializer();
    }

    private byte[] check(String topic, byte[] bytes) {
      if (bytes != null && bytes.length > maxBytes) {
        throw new RecordTooLargeException("value of " + bytes.length + " bytes for " + topic + " is over the limit of "
            + maxBytes + " bytes");
      }
      return bytes;
    }
  }
}
