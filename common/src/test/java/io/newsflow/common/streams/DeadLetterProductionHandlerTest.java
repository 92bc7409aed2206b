package io.newsflow.common.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.common.config.BadInputPolicy;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.DeadLetter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.Result;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.SerializationExceptionOrigin;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;

class DeadLetterProductionHandlerTest {
  private final Topics topics = new Topics("t");
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  private DeadLetterProductionHandler handler(BadInputPolicy policy) {
    DeadLetterProductionHandler h = new DeadLetterProductionHandler();
    h.configure(Map.of(DeadLetterProductionHandler.DEAD_LETTER_TOPIC, topics.deadLetters().name(),
        DeadLetterProductionHandler.POLICY, policy.name(), DeadLetterProductionHandler.STAGE, "enrich",
        DeadLetterProductionHandler.REGISTRY, registry));
    return h;
  }

  @Test
  void aValueOverTheLimitIsRefusedWhileSerializing() {
    Serde<String> bounded = RecordSizeLimit.bounded(Serdes.String(), 10);
    assertThat(bounded.serializer().serialize("out", "0123456789")).hasSize(10);
    assertThat(catchThrowable(() -> bounded.serializer().serialize("out", "0123456789A")))
        .isInstanceOf(RecordTooLargeException.class).hasMessageContaining("11 bytes for out");
    assertThat(bounded.deserializer().deserialize("out", "abc".getBytes(StandardCharsets.UTF_8))).isEqualTo("abc");
  }

  @Test
  void aTooLargeOutputBecomesADeadLetterWithTheSourceRecord() {
    var response = handler(BadInputPolicy.DEAD_LETTER).handleSerializationError(context(), output(),
        new RecordTooLargeException("value of 9000000 bytes"), SerializationExceptionOrigin.VALUE);

    assertThat(response.result()).isEqualTo(Result.RESUME);
    assertThat(response.deadLetterQueueRecords()).hasSize(1);
    ProducerRecord<byte[], byte[]> record = response.deadLetterQueueRecords().get(0);
    assertThat(record.topic()).isEqualTo("t.deadletter");
    DeadLetter letter = topics.deadLetters().valueSerde().deserializer().deserialize("t.deadletter", record.value());
    assertThat(letter.getReason()).isEqualTo("too-large");
    assertThat(letter.getStage()).isEqualTo("enrich");
    assertThat(letter.getSourceTopic()).isEqualTo("t.articles");
    assertThat(letter.getSourceOffset()).isEqualTo(42L);
    assertThat(new String(letter.getOriginalValue().array(), StandardCharsets.UTF_8)).isEqualTo("source bytes");
    assertThat(letter.getErrorMessage()).contains("t.articles.enriched", "9000000 bytes");
    assertThat(registry.get("newsflow.enrich.bad.input").tag("reason", "too-large").counter().count()).isEqualTo(1.0);
  }

  @Test
  void skipCountsWithoutADeadLetterAndFailStops() {
    var skipped = handler(BadInputPolicy.SKIP).handleSerializationError(context(), output(),
        new RecordTooLargeException("big"), SerializationExceptionOrigin.VALUE);
    assertThat(skipped.deadLetterQueueRecords()).isEmpty();
    assertThat(skipped.result()).isEqualTo(Result.RESUME);

    var failed = handler(BadInputPolicy.FAIL).handleSerializationError(context(), output(),
        new RecordTooLargeException("big"), SerializationExceptionOrigin.VALUE);
    assertThat(failed.result()).isEqualTo(Result.FAIL);
  }

  @Test
  void producerErrorsAreRetriedWhenTransientAndStopTheStageOtherwise() {
    DeadLetterProductionHandler h = handler(BadInputPolicy.DEAD_LETTER);
    assertThat(h.handleError(context(), output(), new TimeoutException("slow")).result())
        .isEqualTo(Result.RETRY);
    var refused = h.handleError(context(), output(), new RecordTooLargeException("broker says no"));
    assertThat(refused.result()).isEqualTo(Result.FAIL);
    assertThat(refused.deadLetterQueueRecords()).as("cannot be written in an aborted transaction").isEmpty();
    assertThat(registry.get("newsflow.enrich.bad.input").tag("reason", "send-failed").counter().count())
        .isEqualTo(1.0);
  }

  @Test
  void aRefusedDeadLetterIsOnlyCounted() {
    ProducerRecord<byte[], byte[]> letter = new ProducerRecord<>("t.deadletter", new byte[0], new byte[0]);
    var response = handler(BadInputPolicy.DEAD_LETTER).handleSerializationError(context(), letter,
        new RecordTooLargeException("big"), SerializationExceptionOrigin.VALUE);
    assertThat(response.deadLetterQueueRecords()).isEmpty();
    assertThat(response.result()).isEqualTo(Result.RESUME);
  }

  private static ProducerRecord<byte[], byte[]> output() {
    return new ProducerRecord<>("t.articles.enriched", "a1".getBytes(StandardCharsets.UTF_8), new byte[100]);
  }

  private static ErrorHandlerContext context() {
    return new ErrorHandlerContext() {
      @Override public String topic() { return "t.articles"; }
      @Override public int partition() { return 1; }
      @Override public long offset() { return 42L; }
      @Override public Headers headers() { return new RecordHeaders(); }
      @Override public String processorNodeId() { return "sink"; }
      @Override public TaskId taskId() { return new TaskId(0, 1); }
      @Override public long timestamp() { return 0L; }
      @Override public byte[] sourceRawKey() { return "a1".getBytes(StandardCharsets.UTF_8); }
      @Override public byte[] sourceRawValue() { return "source bytes".getBytes(StandardCharsets.UTF_8); }
    };
  }
}
