package io.newsflow.ingest;

import java.util.function.LongConsumer;

/**
 * A set of {@code long}s that forgets the oldest added beyond a capacity, in primitive arrays: an
 * open-addressing table (linear probing, at most half full) of keys with the ring slot each was added at,
 * and a ring of keys in insertion order. About 32 bytes per entry at the largest table, against ~70 for a
 * {@code LinkedHashMap<Long, Boolean>} (entry, boxed key, table slot); the arrays double as the set grows,
 * up to what {@code capacity} needs, and are never rebuilt after that, so a full set allocates nothing.
 *
 * <p>A removed key leaves a stale ring slot behind; the slot is recognised (the table no longer points to
 * it), skipped, and compacted away once stale slots are a quarter of a full ring. Keys are meant to be
 * hashes: 0 is stored as a fixed odd constant, so that constant and 0 are one key. Not thread-safe.
 */
final class LongFifoSet {
  private static final int MIN_RING = 1024;
  /** Stands for the key 0, which marks an empty table slot. */
  private static final long ZERO_KEY = 0x9e3779b97f4a7c15L;

  private final int capacity;
  private long[] keys;
  private int[] slots;
  private long[] ring;
  /** Ring slot of the oldest live-or-stale entry, and the number of ring slots in use from it. */
  private int head;
  private int used;
  private int size;

  LongFifoSet(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.capacity = capacity;
    allocate(Math.min(capacity, MIN_RING));
  }

  int size() {
    return size;
  }

  boolean contains(long key) {
    return find(nonZero(key)) >= 0;
  }

  /** True when {@code key} was not in the set (and now is, as its newest entry). */
  boolean add(long key) {
    long k = nonZero(key);
    if (find(k) >= 0) {
      return false;
    }
    if (used == ring.length) {
      if (ring.length < capacity) {
        allocate((int) Math.min(capacity, 2L * ring.length));
      } else if (used > size && used - size >= used / 4) {
        allocate(ring.length); // a quarter of the ring is removed keys' slots: compact instead of forgetting
      } else {
        popOldestSlot();
      }
    }
    int slot = (head + used) % ring.length;
    ring[slot] = k;
    used++;
    insert(k, slot);
    size++;
    return true;
  }

  /** Forgets {@code key}; true when it was there. */
  boolean remove(long key) {
    int i = find(nonZero(key));
    if (i < 0) {
      return false;
    }
    deleteAt(i);
    size--;
    return true;
  }

  /** The keys in the set, oldest first. */
  void forEach(LongConsumer action) {
    for (int n = 0; n < used; n++) {
      int slot = (head + n) % ring.length;
      int i = find(ring[slot]);
      if (i >= 0 && slots[i] == slot) {
        action.accept(ring[slot] == ZERO_KEY ? 0 : ring[slot]);
      }
    }
  }

  /** Frees the oldest ring slot, forgetting its key unless the key was removed (or re-added) since. */
  private void popOldestSlot() {
    int slot = head;
    int i = find(ring[slot]);
    head = (head + 1) % ring.length;
    used--;
    if (i >= 0 && slots[i] == slot) {
      deleteAt(i);
      size--;
    }
  }

  /** Sizes the arrays for {@code ringLength} entries and re-adds the live ones, oldest first, compacted. */
  private void allocate(int ringLength) {
    long[] oldRing = ring;
    long[] oldKeys = keys;
    int[] oldSlots = slots;
    int oldHead = head;
    int oldUsed = used;
    ring = new long[ringLength];
    int table = Integer.highestOneBit(Math.max(2, ringLength - 1)) << 2; // a power of two >= 2 x ringLength
    keys = new long[table];
    slots = new int[table];
    head = 0;
    used = 0;
    if (oldRing == null) {
      return;
    }
    for (int n = 0; n < oldUsed; n++) {
      int slot = (oldHead + n) % oldRing.length;
      long k = oldRing[slot];
      int i = findIn(oldKeys, k);
      if (i >= 0 && oldSlots[i] == slot) {
        ring[used] = k;
        insert(k, used);
        used++;
      }
    }
  }

  private int find(long k) {
    return findIn(keys, k);
  }

  private static int findIn(long[] table, long k) {
    int mask = table.length - 1;
    for (int i = index(k, mask); ; i = (i + 1) & mask) {
      long at = table[i];
      if (at == k) {
        return i;
      }
      if (at == 0) {
        return -1;
      }
    }
  }

  private void insert(long k, int slot) {
    int mask = keys.length - 1;
    int i = index(k, mask);
    while (keys[i] != 0) {
      i = (i + 1) & mask;
    }
    keys[i] = k;
    slots[i] = slot;
  }

  /** Deletes table slot {@code i}, shifting back the entries after it whose probe sequence crossed it. */
  private void deleteAt(int i) {
    int mask = keys.length - 1;
    int hole = i;
    for (int j = (i + 1) & mask; keys[j] != 0; j = (j + 1) & mask) {
      int home = index(keys[j], mask);
      // move j into the hole when its home is not cyclically within (hole, j]
      if (((j - home) & mask) >= ((j - hole) & mask)) {
        keys[hole] = keys[j];
        slots[hole] = slots[j];
        hole = j;
      }
    }
    keys[hole] = 0;
  }

  private static int index(long k, int mask) {
    return (int) (k ^ (k >>> 32)) & mask;
  }

  private static long nonZero(long key) {
    return key == 0 ? ZERO_KEY : key;
  }
}
