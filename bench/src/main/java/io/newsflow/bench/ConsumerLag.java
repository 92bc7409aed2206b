package io.newsflow.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * Consumer lag of every consumer group on the broker (Kafka Streams applications included): for each
 * partition a group has committed, the last stable offset (read_committed, as the exactly-once stages
 * read) minus the committed offset, summed per group. Offsets are committed every ~200 ms, so a group
 * that keeps up still shows what arrived since its last commit. One {@link Admin} for the whole soak,
 * so sampling opens no new connections.
 */
final class ConsumerLag {
  private static final long TIMEOUT_SECONDS = 10;

  private final Admin admin;

  ConsumerLag(Admin admin) {
    this.admin = admin;
  }

  /** Lag per group id; a group that has committed nothing yet is left out. */
  Map<String, Long> byGroup() throws Exception {
    Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = new TreeMap<>();
    for (GroupListing g : admin.listGroups().all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(g.groupId())
          .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      offsets.values().removeIf(o -> o == null);
      if (!offsets.isEmpty()) {
        committed.put(g.groupId(), offsets);
      }
    }
    Map<TopicPartition, OffsetSpec> wanted = new HashMap<>();
    committed.values().forEach(m -> m.keySet().forEach(tp -> wanted.put(tp, OffsetSpec.latest())));
    Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = wanted.isEmpty() ? Map.of()
        : admin.listOffsets(wanted, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
            .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    Map<String, Long> out = new TreeMap<>();
    committed.forEach((group, offsets) -> {
      long lag = 0;
      for (Map.Entry<TopicPartition, OffsetAndMetadata> e : offsets.entrySet()) {
        ListOffsetsResult.ListOffsetsResultInfo end = ends.get(e.getKey());
        if (end != null) {
          lag += Math.max(0, end.offset() - e.getValue().offset());
        }
      }
      out.put(group, lag);
    });
    return out;
  }
}
