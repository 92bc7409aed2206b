package io.newsflow.ingest;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.utils.Utils;

/**
 * Places a source on a feeds-topic partition by its <em>host</em> (for local paths: by the whole path),
 * so that all sources of one host are owned by one ingest instance and that instance's per-host
 * throttle sees all of the host's traffic from them. Kafka's default partitioner would place them by the
 * whole URL and could split one site's feeds across instances, multiplying its request rate.
 */
final class SourcePartitioner {
  private SourcePartitioner() {}

  /** The partition of {@code location} among {@code partitions} (murmur2, as Kafka hashes keys). */
  static int partitionOf(String location, int partitions) {
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be positive");
    }
    String host = PageSource.isRemote(location) ? Politeness.hostKey(location) : "";
    String basis = host.isEmpty() ? location : host;
    return Utils.toPositive(Utils.murmur2(basis.getBytes(StandardCharsets.UTF_8))) % partitions;
  }

  /** Where Kafka's default partitioner puts a key (a record written by another tool lands there). */
  static int defaultPartitionOf(String key, int partitions) {
    return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
  }
}
