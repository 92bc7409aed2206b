package io.newsflow.common.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;

class BoundedStateMemoryTest {
  static {
    RocksDB.loadLibrary();
  }

  /** What Kafka Streams hands the setter: its defaults, which we replace. */
  private static Options streamsDefaults() {
    Options options = new Options();
    BlockBasedTableConfig table = new BlockBasedTableConfig();
    table.setBlockCacheSize(50L << 20);
    options.setTableFormatConfig(table);
    options.setWriteBufferSize(16L << 20);
    options.setMaxWriteBufferNumber(3);
    return options;
  }

  @Test
  void everyStoreGetsSmallMemtablesAndIndexBlocksInTheCache() {
    try (Options options = streamsDefaults()) {
      new BoundedStateMemory().setConfig("dedup", options, Map.of(BoundedStateMemory.TOTAL_BYTES, 32L << 20));

      assertThat(options.writeBufferSize()).isEqualTo(4L << 20);
      assertThat(options.maxWriteBufferNumber()).isEqualTo(BoundedStateMemory.MEMTABLES_PER_STORE);
      BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
      assertThat(table.cacheIndexAndFilterBlocks()).isTrue();
      assertThat(table.cacheIndexAndFilterBlocksWithHighPriority()).isTrue();
    }
  }

  @Test
  void aTinyBudgetStillLeavesEachStoreAOneMegabyteMemtable() {
    assertThat(BoundedStateMemory.memtableBytes(2L << 20)).isEqualTo(1L << 20);
    assertThat(BoundedStateMemory.memtableBytes(64L << 20)).isEqualTo(8L << 20);
  }

  @Test
  void theBudgetArrivesAsANumberOrAStringAndIsRequired() {
    assertThat(BoundedStateMemory.totalBytes(Map.of(BoundedStateMemory.TOTAL_BYTES, "1048576"))).isEqualTo(1L << 20);
    assertThat(BoundedStateMemory.totalBytes(Map.of(BoundedStateMemory.TOTAL_BYTES, 5L))).isEqualTo(5L);
    assertThatThrownBy(() -> BoundedStateMemory.totalBytes(Map.of()))
        .hasMessageContaining(BoundedStateMemory.TOTAL_BYTES);
  }
}
