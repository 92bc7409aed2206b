package io.newsflow.common.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.common.config.CommonConfig;
import io.newsflow.common.config.Settings;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class StreamsSettingsTest {
  private static CommonConfig config(Map<String, String> settings) {
    return CommonConfig.from(Settings.of(settings));
  }

  @Test
  void boundsTheInputBufferOfALaggingTaskByRecordsPerPartitionAndPerPoll() {
    Properties p = StreamsSettings.of(config(Map.of()), "app", Path.of("state"), 2,
        StreamsSettings.PAGE_RECORDS_BUFFERED);

    assertThat(p).containsEntry(StreamsConfig.BUFFERED_RECORDS_PER_PARTITION_CONFIG, 100)
        .containsEntry("consumer.max.poll.records", 100)
        .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2)
        .containsEntry(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 2);
    // what a page-reading task may hold stays far below Kafka's default of 1,000 records
    assertThat(StreamsSettings.PAGE_RECORDS_BUFFERED).isLessThan(StreamsSettings.ARTICLE_RECORDS_BUFFERED);
  }

  @Test
  void anOperatorsKafkaSettingWinsOverTheBuffersDefault() {
    Properties p = StreamsSettings.of(config(Map.of("kafka.buffered.records.per.partition", "20")), "app",
        Path.of("state"), 1, StreamsSettings.ARTICLE_RECORDS_BUFFERED);

    assertThat(p.get(StreamsConfig.BUFFERED_RECORDS_PER_PARTITION_CONFIG)).hasToString("20");
  }

  @Test
  void everyStateStoreOfTheProcessSharesOneBoundedOffHeapBudget() {
    Properties p = StreamsSettings.of(config(Map.of("state.memory.bytes", "16777216")), "app", Path.of("state"), 1,
        StreamsSettings.PAGE_RECORDS_BUFFERED);

    assertThat(p).containsEntry(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedStateMemory.class)
        .containsEntry(BoundedStateMemory.TOTAL_BYTES, 16L << 20);
  }
}
