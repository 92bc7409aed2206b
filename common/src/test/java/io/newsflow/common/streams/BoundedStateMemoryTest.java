package io.newsflow.common.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.FlushOptions;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;

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

  @Test
  void twoStoresWritingAndReadingMoreThanTheBudgetStayWithinIt(@TempDir Path dir) throws RocksDBException {
    // a budget no other test uses, so this test sees its own shared cache only
    long budget = (2L << 20) + 4096;
    Map<String, Object> configs = Map.of(BoundedStateMemory.TOTAL_BYTES, budget);
    long before = BoundedStateMemory.usedBytes();
    try (Options a = streamsDefaults().setCreateIfMissing(true);
        Options b = streamsDefaults().setCreateIfMissing(true)) {
      new BoundedStateMemory().setConfig("a", a, configs);
      new BoundedStateMemory().setConfig("b", b, configs);
      try (RocksDB first = RocksDB.open(a, dir.resolve("a").toString());
          RocksDB second = RocksDB.open(b, dir.resolve("b").toString());
          FlushOptions flush = new FlushOptions().setWaitForFlush(true)) {
        byte[] value = "1732700000000|article-0123456789abcdef".getBytes(StandardCharsets.UTF_8);
        // ~12 MB of keys and values in each store, six times the budget
        for (int i = 0; i < 200_000; i++) {
          byte[] key = ("content-hash-" + i).getBytes(StandardCharsets.UTF_8);
          first.put(key, value);
          second.put(key, value);
        }
        first.flush(flush);
        second.flush(flush);
        for (int i = 0; i < 200_000; i += 7) {
          byte[] key = ("content-hash-" + i).getBytes(StandardCharsets.UTF_8);
          assertThat(first.get(key)).isEqualTo(value);
          assertThat(second.get(key)).isEqualTo(value);
        }
        long used = BoundedStateMemory.usedBytes() - before;

        assertThat(used).isPositive().isLessThanOrEqualTo(budget + (256L << 10));
      }
    }
  }
}
