package io.newsflow.common.deadletter;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.common.config.BadInputPolicy;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.avro.DeadLetter;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes input a stage cannot process according to the {@link BadInputPolicy}: counts it in
 * {@code newsflow.<stage>.bad.input{reason}}, logs it, and (dead-letter policy) writes a
 * {@link DeadLetter} with the original bytes and coordinates to the dead-letter topic.
 */
public final class DeadLetters {
  private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
  private static final int MAX_MESSAGE = 2000;

  private final String stage;
  private final BadInputPolicy policy;
  private final Producer<String, DeadLetter> producer;
  private final Topic<String, DeadLetter> topic;
  private final MeterRegistry registry;
  private final ConcurrentMap<String, Counter> counters = new ConcurrentHashMap<>();

  /**
   * @param producer where dead letters go under the dead-letter policy; null when the caller emits
   *     them itself (Kafka Streams topologies write them inside their transaction)
   */
  public DeadLetters(String stage, BadInputPolicy policy, Producer<String, DeadLetter> producer,
      Topic<String, DeadLetter> topic, MeterRegistry registry) {
    this.stage = stage;
    this.policy = policy;
    this.producer = producer;
    this.topic = topic;
    this.registry = registry;
  }

  /** Builds a dead letter; the coordinates and URL may be null. */
  public DeadLetter letter(String reason, Throwable error, byte[] key, byte[] value, String sourceTopic,
      Integer partition, Long offset, String sourceUrl) {
    return DeadLetter.newBuilder()
        .setStage(stage).setReason(reason)
        .setErrorClass(error == null ? null : error.getClass().getName())
        .setErrorMessage(error == null ? null : truncate(String.valueOf(error.getMessage())))
        .setOriginalKey(key == null ? null : ByteBuffer.wrap(key))
        .setOriginalValue(value == null ? null : ByteBuffer.wrap(value))
        .setSourceTopic(sourceTopic).setSourcePartition(partition).setSourceOffset(offset)
        .setSourceUrl(sourceUrl).setFailedAt(Instant.now()).build();
  }

  /**
   * Handles one bad input under the policy.
   *
   * @throws BadInputException under the {@code fail} policy, so the stage stops
   */
  public void handle(DeadLetter letter) {
    if (admit(letter) && producer != null) {
      producer.send(new ProducerRecord<>(topic.name(), letter.getReason(), letter));
    }
  }

  /**
   * Counts and logs a bad input and applies the policy.
   *
   * @return true when the dead letter should be written
   * @throws BadInputException under the {@code fail} policy
   */
  public boolean admit(DeadLetter letter) {
    count(letter.getReason());
    log.warn("{}: bad input ({}) from {}: {}", stage, letter.getReason(),
        letter.getSourceUrl() != null ? letter.getSourceUrl()
            : letter.getSourceTopic() + "-" + letter.getSourcePartition() + "@" + letter.getSourceOffset(),
        letter.getErrorMessage());
    return switch (policy) {
      case DEAD_LETTER -> true;
      case SKIP -> false;
      case FAIL -> throw new BadInputException(stage + " stopped on bad input (" + letter.getReason() + "): "
          + letter.getErrorMessage() + ". Set bad.input=dead-letter to keep going.");
    };
  }

  public Topic<String, DeadLetter> topic() {
    return topic;
  }

  public void count(String reason) {
    counters.computeIfAbsent(reason, r -> Counter.builder("newsflow." + stage + ".bad.input")
        .description("Inputs the stage could not process, by reason").tag("reason", r).register(registry))
        .increment();
  }

  public String stage() {
    return stage;
  }

  private static String truncate(String s) {
    return s.length() <= MAX_MESSAGE ? s : s.substring(0, MAX_MESSAGE) + "…";
  }
}
