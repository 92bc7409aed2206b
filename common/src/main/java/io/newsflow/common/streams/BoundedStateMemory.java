package io.newsflow.common.streams;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

/**
 * Puts every RocksDB state store of the process under one off-heap budget ({@code state.memory.bytes}):
 * one LRU block cache holds the data blocks, the index and filter blocks and (through a
 * {@link WriteBufferManager} charged to the same cache) the memtables.
 *
 * <p>Why: Kafka Streams' default gives each store instance — one per partition — its own 50 MB block
 * cache and up to three 16 MB memtables, allocated as the store fills. A cleaner with three dedup
 * partitions could thus grow by ~300 MB of native memory over days, invisible to the heap and to the
 * JVM's native memory tracking (a 30-minute soak saw ~10 MiB per 10 minutes of such growth). With one
 * shared budget the store's memory is bounded and reaches its plateau early: memtables of
 * budget / 8 flush after a few MB of writes instead of 16 MB per partition.
 */
public final class BoundedStateMemory implements RocksDBConfigSetter {
  /** Streams config key carrying the budget in bytes from {@link StreamsSettings} to the setter. */
  public static final String TOTAL_BYTES = "newsflow.state.memory.bytes";
  /** Share of the cache kept for index and filter blocks, so data blocks cannot evict them. */
  static final double HIGH_PRIORITY_RATIO = 0.1;
  static final int MEMTABLES_PER_STORE = 2;

  /** One cache and one write-buffer manager per budget, shared by every store of the JVM (never closed). */
  private static final Map<Long, Shared> SHARED = new ConcurrentHashMap<>();

  private record Shared(Cache cache, WriteBufferManager writeBuffers) {}

  @Override
  public void setConfig(String storeName, Options options, Map<String, Object> configs) {
    long total = totalBytes(configs);
    Shared shared = SHARED.computeIfAbsent(total, BoundedStateMemory::allocate);
    BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
    table.setBlockCache(shared.cache());
    table.setCacheIndexAndFilterBlocks(true);
    table.setCacheIndexAndFilterBlocksWithHighPriority(true);
    table.setPinTopLevelIndexAndFilter(true);
    options.setWriteBufferManager(shared.writeBuffers());
    options.setWriteBufferSize(memtableBytes(total));
    options.setMaxWriteBufferNumber(MEMTABLES_PER_STORE);
    options.setTableFormatConfig(table);
  }

  /**
   * Off-heap bytes the state stores of this process hold now (block cache and the memtables charged to it),
   * 0 before a store opens. Published as {@code newsflow.state.memory.used} and sampled by {@code bench soak}.
   */
  public static long usedBytes() {
    long used = 0;
    for (Shared s : SHARED.values()) {
      used += s.cache().getUsage();
    }
    return used;
  }

  @Override
  public void close(String storeName, Options options) {
    // the cache and the write-buffer manager are shared by every store of the process: they live as long as it
  }

  /** Memtables may use half of the budget; each store's memtable an eighth, so a flush comes early. */
  static long memtableBytes(long total) {
    return Math.max(1L << 20, total / 8);
  }

  static long totalBytes(Map<String, Object> configs) {
    Object v = configs.get(TOTAL_BYTES);
    if (v == null) {
      throw new IllegalStateException(TOTAL_BYTES + " is not set: build the Streams properties with StreamsSettings.of");
    }
    return v instanceof Number n ? n.longValue() : Long.parseLong(v.toString());
  }

  private static Shared allocate(long total) {
    Cache cache = new LRUCache(total, -1, false, HIGH_PRIORITY_RATIO);
    return new Shared(cache, new WriteBufferManager(total / 2, cache));
  }
}
