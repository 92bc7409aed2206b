package io.newsflow.common.streams;

import io.newsflow.common.config.CommonConfig;
import io.newsflow.common.kafka.KafkaClients;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;

/**
 * Runs a topology once over a source topic under its own, new application id, from the beginning or
 * from a time, until it has processed everything that was in the topic when the replay started —
 * while the live application keeps running under its own id. Outputs go to the live topics, so
 * downstream (the sink) converges to the newest extractor version's results.
 */
public final class ReplayRun {
  private final CommonConfig config;
  private final PrintStream progress;

  public ReplayRun(CommonConfig config, PrintStream progress) {
    this.config = config;
    this.progress = progress;
  }

  /**
   * @param from null for the beginning of the topic, else the first record time to replay
   * @return records replayed (sum over partitions of end minus start offset)
   */
  public long run(String applicationId, String sourceTopic, Topology topology, Properties streamsProps, Instant from)
      throws Exception {
    Map<TopicPartition, Long> start;
    Map<TopicPartition, Long> end;
    try (Admin admin = Admin.create(KafkaClients.admin(config))) {
      List<TopicPartition> partitions = admin.describeTopics(List.of(sourceTopic)).allTopicNames()
          .get(60, TimeUnit.SECONDS).get(sourceTopic).partitions().stream()
          .map(p -> new TopicPartition(sourceTopic, p.partition())).toList();
      end = offsets(admin, partitions, OffsetSpec.latest());
      start = from == null ? offsets(admin, partitions, OffsetSpec.earliest())
          : offsets(admin, partitions, OffsetSpec.forTimestamp(from.toEpochMilli()));
      for (TopicPartition tp : partitions) {
        if (start.get(tp) < 0) { // no record at or after the time: nothing to replay there
          start.put(tp, end.get(tp));
        }
      }
      // A new group is inactive, so its starting offsets can be set before the app joins it.
      Map<TopicPartition, OffsetAndMetadata> initial = new HashMap<>();
      start.forEach((tp, o) -> initial.put(tp, new OffsetAndMetadata(o)));
      admin.alterConsumerGroupOffsets(applicationId, initial).all().get(60, TimeUnit.SECONDS);
    }
    long total = 0;
    for (TopicPartition tp : end.keySet()) {
      total += end.get(tp) - start.get(tp);
    }
    progress.printf("replaying %d records of %s under application id %s%n", total, sourceTopic, applicationId);
    if (total == 0) {
      cleanup(applicationId);
      return 0;
    }
    try (KafkaStreams streams = new KafkaStreams(topology, streamsProps)) {
      streams.start();
      long lastPrint = 0;
      while (true) {
        long done = committed(applicationId, start, end);
        if (System.currentTimeMillis() - lastPrint > 2000 || done >= total) {
          progress.printf("  %d / %d records (%.0f%%)%n", done, total, 100.0 * done / total);
          lastPrint = System.currentTimeMillis();
        }
        if (done >= total) {
          break;
        }
        if (streams.state() == KafkaStreams.State.ERROR || streams.state() == KafkaStreams.State.NOT_RUNNING) {
          throw new IllegalStateException("replay stopped with state " + streams.state() + " after " + done
              + " of " + total + " records; see the log above");
        }
        Thread.sleep(500);
      }
      streams.close(Duration.ofSeconds(30));
      streams.cleanUp();
    }
    cleanup(applicationId);
    return total;
  }

  private long committed(String group, Map<TopicPartition, Long> start, Map<TopicPartition, Long> end)
      throws Exception {
    try (Admin admin = Admin.create(KafkaClients.admin(config))) {
      Map<TopicPartition, OffsetAndMetadata> c = admin.listConsumerGroupOffsets(group)
          .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
      long done = 0;
      for (TopicPartition tp : end.keySet()) {
        OffsetAndMetadata o = c.get(tp);
        long pos = o == null ? start.get(tp) : Math.min(o.offset(), end.get(tp));
        done += Math.max(0, pos - start.get(tp));
      }
      return done;
    }
  }

  private void cleanup(String group) {
    try (Admin admin = Admin.create(KafkaClients.admin(config))) {
      admin.deleteConsumerGroups(List.of(group)).all().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      progress.println("note: could not delete the replay's consumer group " + group + ": " + e.getMessage());
    }
  }

  private static Map<TopicPartition, Long> offsets(Admin admin, List<TopicPartition> partitions, OffsetSpec spec)
      throws Exception {
    Map<TopicPartition, OffsetSpec> req = new HashMap<>();
    partitions.forEach(tp -> req.put(tp, spec));
    Map<TopicPartition, ListOffsetsResultInfo> res = admin.listOffsets(req).all().get(60, TimeUnit.SECONDS);
    Map<TopicPartition, Long> out = new HashMap<>();
    res.forEach((tp, info) -> out.put(tp, info.offset()));
    return out;
  }
}
