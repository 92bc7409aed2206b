package io.newsflow.common.streams;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.newsflow.common.lifecycle.Stage;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Kafka Streams topology run as a {@link Stage}: ready when the app is RUNNING. An unexpected
 * exception (bad input never gets here: it is dead-lettered) shuts the client down so the
 * orchestrator restarts it, instead of a silent crash loop inside the JVM.
 */
public final class StreamsStage implements Stage {
  private static final Logger log = LoggerFactory.getLogger(StreamsStage.class);

  private final String name;
  private final KafkaStreams streams;
  private final KafkaStreamsMetrics metrics;

  public StreamsStage(String name, Topology topology, Properties props, MeterRegistry registry) {
    this.name = name;
    this.streams = new KafkaStreams(topology, withHandlerContext(name, props, registry));
    this.metrics = new KafkaStreamsMetrics(streams);
    metrics.bindTo(registry);
    // one gauge per process (registering it again returns the first): the state stores' shared off-heap budget in use
    Gauge.builder("newsflow.state.memory.used", BoundedStateMemory::usedBytes).baseUnit("bytes")
        .description("Off-heap bytes held by the Kafka Streams state stores (RocksDB cache and memtables), bounded "
            + "by state.memory.bytes").register(registry);
    streams.setUncaughtExceptionHandler(e -> {
      log.error("{}: stream thread failed, shutting the client down: {}", name, e.toString(), e);
      return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    });
  }

  /**
   * Tells {@link DeadLetterProductionHandler} the stage ("ingest-clean" counts as ingest, as its
   * other dead letters do) and the registry to count in.
   */
  private static Properties withHandlerContext(String name, Properties props, MeterRegistry registry) {
    Properties p = new Properties();
    p.putAll(props);
    int dash = name.indexOf('-');
    p.putIfAbsent(DeadLetterProductionHandler.STAGE, dash < 0 ? name : name.substring(0, dash));
    p.put(DeadLetterProductionHandler.REGISTRY, registry);
    return p;
  }

  @Override
  public void start() {
    streams.start();
  }

  @Override
  public boolean isReady() {
    return streams.state() == KafkaStreams.State.RUNNING;
  }

  @Override
  public boolean isFinished() {
    KafkaStreams.State s = streams.state();
    return s == KafkaStreams.State.ERROR || s == KafkaStreams.State.NOT_RUNNING;
  }

  public KafkaStreams.State state() {
    return streams.state();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void close() {
    // Leave the group on a clean stop so the remaining instances take the partitions over at once,
    // not after the 45 s session timeout (matters on every scale-in and rolling restart).
    streams.close(org.apache.kafka.streams.CloseOptions.timeout(Duration.ofSeconds(30))
        .withGroupMembershipOperation(org.apache.kafka.streams.CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
    metrics.close();
  }
}
