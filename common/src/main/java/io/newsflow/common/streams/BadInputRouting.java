package io.newsflow.common.streams;

import io.newsflow.common.deadletter.DeadLetters;
import io.newsflow.common.deadletter.RejectedInput;
import io.newsflow.schemas.avro.DeadLetter;
import java.util.function.BiFunction;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Decodes and processes raw records in a topology so that no input can stop it: a record that
 * cannot be decoded or processed becomes a {@link DeadLetter} (with its bytes and
 * topic/partition/offset) written to the dead-letter topic in the same transaction, and a counter
 * goes up; the next record is processed as usual.
 */
public final class BadInputRouting {
  private BadInputRouting() {}

  /** Reason for bytes that are not a record of the expected schema. */
  public static final String UNDECODABLE = "undecodable";
  /** Reason for a record the extractor failed on. */
  public static final String PROCESSING_FAILED = "processing-failed";

  /**
   * Applies {@code fn} to each decoded value; returns the stream of results. Dead letters are
   * routed to {@code deadLetters.topic()} as a side branch.
   */
  public static <V, R> KStream<String, R> mapOrDeadLetter(KStream<String, byte[]> raw, Deserializer<V> decoder,
      BiFunction<String, V, R> fn, DeadLetters deadLetters) {
    KStream<String, Outcome<R>> outcomes = raw.processValues(() -> new Step<>(decoder, fn, deadLetters));
    outcomes.filter((k, o) -> o instanceof Outcome.Failed<R> f && deadLetters.admit(f.letter()))
        .mapValues(o -> ((Outcome.Failed<R>) o).letter())
        .to(deadLetters.topic().name(), Produced.with(Serdes.String(), deadLetters.topic().valueSerde()));
    return outcomes.filter((k, o) -> o instanceof Outcome.Ok<R>).mapValues(o -> ((Outcome.Ok<R>) o).value());
  }

  private static final class Step<V, R> implements FixedKeyProcessor<String, byte[], Outcome<R>> {
    private final Deserializer<V> decoder;
    private final BiFunction<String, V, R> fn;
    private final DeadLetters deadLetters;
    private FixedKeyProcessorContext<String, Outcome<R>> context;

    Step(Deserializer<V> decoder, BiFunction<String, V, R> fn, DeadLetters deadLetters) {
      this.decoder = decoder;
      this.fn = fn;
      this.deadLetters = deadLetters;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Outcome<R>> context) {
      this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
      String topic = null;
      Integer partition = null;
      Long offset = null;
      if (context.recordMetadata().isPresent()) {
        RecordMetadata m = context.recordMetadata().get();
        topic = m.topic();
        partition = m.partition();
        offset = m.offset();
      }
      V value;
      try {
        value = decoder.deserialize(topic, record.value());
        if (value == null) {
          throw new IllegalArgumentException("empty record (tombstone) where a value was expected");
        }
      } catch (RuntimeException e) {
        context.forward(record.withValue(new Outcome.Failed<>(deadLetters.letter(UNDECODABLE, e,
            keyBytes(record.key()), record.value(), topic, partition, offset, null))));
        return;
      }
      Outcome<R> outcome;
      try {
        outcome = new Outcome.Ok<>(fn.apply(record.key(), value));
      } catch (RuntimeException e) {
        String reason = e instanceof RejectedInput r ? r.reason() : PROCESSING_FAILED;
        outcome = new Outcome.Failed<>(deadLetters.letter(reason, e, keyBytes(record.key()),
            record.value(), topic, partition, offset, null));
      }
      context.forward(record.withValue(outcome));
    }

    private static byte[] keyBytes(String key) {
      return key == null ? null : key.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
  }
}
