package io.newsflow.common.streams;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.common.config.BadInputPolicy;
import io.newsflow.common.deadletter.BadInputException;
import io.newsflow.common.deadletter.DeadLetters;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.DeadLetter;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka Streams' production exception handler for the newsflow topologies. An output record that
 * cannot be serialized — in particular one over {@link RecordSizeLimit} ({@code too-large}) —
 * becomes a {@link DeadLetter} on the dead-letter topic, written by Streams in the same transaction,
 * and {@code newsflow.<stage>.bad.input{reason}} goes up; the stage goes on with the next record.
 * Before, Streams' default handler failed the stream thread and one oversized article stopped the
 * whole stage.
 *
 * <p>Why the size is checked in the serializer: under exactly-once any error the producer itself
 * reports (its own {@code max.request.size} check or a broker refusal) puts the transaction into
 * an abortable state; the dead letter cannot be written in it, and reprocessing from the last commit
 * meets the same record again, forever. So such errors keep Streams' default answer — retry the
 * task for retriable ones, stop the stage for the rest — but are counted
 * ({@value #SEND_FAILED}) and logged with the record's size and topic. {@link RecordSizeLimit} stays
 * below the producer's limit, and {@code TopicSetup} gives topics a limit above it, so size alone
 * never reaches the producer.
 *
 * <p>The dead letter carries the <em>source</em> record's key, bytes and coordinates (the input
 * being processed), not the refused output, so it is no larger than an input that was accepted;
 * inputs over {@link #MAX_ORIGINAL_BYTES} are left out. The {@code bad.input} policy applies:
 * {@code skip} counts and drops, {@code fail} stops the stage.
 *
 * <p>Configured through Streams properties set by {@link StreamsSettings} ({@link #DEAD_LETTER_TOPIC},
 * {@link #POLICY}) and {@link StreamsStage} ({@link #STAGE}, {@link #REGISTRY}); without a stage
 * it names the application id, without a registry it only logs.
 */
public final class DeadLetterProductionHandler implements ProductionExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(DeadLetterProductionHandler.class);

  /** Streams property: the dead-letter topic name. */
  public static final String DEAD_LETTER_TOPIC = "newsflow.deadletter.topic";
  /** Streams property: the {@link BadInputPolicy} name. */
  public static final String POLICY = "newsflow.bad.input";
  /** Streams property: the stage named in dead letters and metrics (ingest, enrich). */
  public static final String STAGE = "newsflow.stage";
  /** Streams property: the {@link MeterRegistry} object of the process. */
  public static final String REGISTRY = "newsflow.metrics.registry";

  /** Reason for an output over {@link RecordSizeLimit}. */
  public static final String TOO_LARGE = "too-large";
  /** Counted (no dead letter possible) when the producer or broker refused an output for good. */
  public static final String SEND_FAILED = "send-failed";
  /** Reason for an output the serializer failed on. */
  public static final String UNSERIALIZABLE = "unserializable";
  /** Source bytes larger than this are left out of the dead letter, which stays small. */
  public static final int MAX_ORIGINAL_BYTES = 512 * 1024;

  private DeadLetters deadLetters;

  @Override
  public void configure(Map<String, ?> configs) {
    Topic<String, DeadLetter> defaults = new Topics(null).deadLetters();
    String topic = configs.get(DEAD_LETTER_TOPIC) instanceof String t ? t : defaults.name();
    BadInputPolicy policy = configs.get(POLICY) instanceof String p ? BadInputPolicy.valueOf(p)
        : BadInputPolicy.DEAD_LETTER;
    String stage = configs.get(STAGE) instanceof String s ? s
        : String.valueOf(configs.get(StreamsConfig.APPLICATION_ID_CONFIG));
    MeterRegistry registry = configs.get(REGISTRY) instanceof MeterRegistry r ? r : new SimpleMeterRegistry();
    deadLetters = new DeadLetters(stage, policy, null,
        new Topic<>(topic, defaults.keySerde(), defaults.valueSerde()), registry);
  }

  @Override
  public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
    if (exception instanceof RetriableException) {
      return Response.retry();
    }
    DeadLetters dl = configured();
    dl.count(SEND_FAILED);
    log.error("{}: the producer could not write a record of {} bytes to {} ({}: {}); under exactly-once this aborts "
        + "the transaction, so the stage stops rather than retry it forever", dl.stage(), size(record), record.topic(),
        exception.getClass().getSimpleName(), exception.getMessage());
    return Response.fail();
  }

  @Override
  @SuppressWarnings("rawtypes")
  public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
      SerializationExceptionOrigin origin) {
    String reason = exception instanceof RecordTooLargeException ? TOO_LARGE : UNSERIALIZABLE;
    return route(context, record.topic(), reason, exception, "cannot write the "
        + origin.name().toLowerCase(java.util.Locale.ROOT) + " to " + record.topic() + ": " + exception.getMessage());
  }

  private Response route(ErrorHandlerContext context, String outputTopic, String reason, Exception error,
      String description) {
    DeadLetters dl = configured();
    if (outputTopic.equals(dl.topic().name())) {
      // the dead letter itself was refused: writing another one would loop
      dl.count(reason);
      log.error("{}: a dead letter was refused too ({}); its source {}-{}@{} is only counted", dl.stage(),
          description, context.topic(), context.partition(), context.offset());
      return Response.resume();
    }
    byte[] key = context.sourceRawKey();
    DeadLetter letter = letter(dl, context, key, reason, error, description);
    boolean write;
    try {
      write = dl.admit(letter);
    } catch (BadInputException failPolicy) {
      log.error("{}", failPolicy.getMessage());
      return Response.fail();
    }
    if (!write) {
      return Response.resume();
    }
    byte[] value = dl.topic().valueSerde().serializer().serialize(dl.topic().name(), letter);
    return Response.resume(List.of(new ProducerRecord<>(dl.topic().name(), null, key, value)));
  }

  private static DeadLetter letter(DeadLetters dl, ErrorHandlerContext context, byte[] key, String reason,
      Exception error, String description) {
    byte[] original = context.sourceRawValue();
    boolean keep = original == null || original.length <= MAX_ORIGINAL_BYTES;
    String topic = context.topic();
    DeadLetter letter = dl.letter(reason, error, key, keep ? original : null, topic,
        topic == null ? null : context.partition(), topic == null ? null : context.offset(), null);
    letter.setErrorMessage(keep ? description
        : description + " (source value of " + original.length + " bytes left out of this dead letter)");
    return letter;
  }

  private static long size(ProducerRecord<byte[], byte[]> record) {
    return (record.key() == null ? 0L : record.key().length) + (record.value() == null ? 0L : record.value().length);
  }

  private DeadLetters configured() {
    if (deadLetters == null) {
      configure(Map.of());
    }
    return deadLetters;
  }
}
