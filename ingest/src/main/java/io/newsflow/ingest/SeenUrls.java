package io.newsflow.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The canonical URLs this process has fetched or queued, so each is fetched once. Bounded: beyond
 * {@code capacity} the least recently added URL is forgotten (it would be fetched again if listed
 * again; downstream keys and ids are deterministic, so that converges to the same rows).
 *
 * <p>URLs are kept as 64-bit hashes in primitive arrays ({@link LongFifoSet}: about 32 bytes per entry
 * instead of ~200 for the string), so the default million entries cost ~33 MB. Two different URLs with
 * the same hash (probability about n²/2⁶⁵, ~3·10⁻⁸ for a million) would make the second look seen.
 *
 * <p>{@link #save(Path)} and {@link #load(Path)} keep the set across restarts (8 bytes per URL, oldest
 * first; written to a temporary file and moved into place, so a crash leaves the previous snapshot).
 * Thread-safe.
 */
final class SeenUrls {
  private static final int MAGIC = 0x53454e31; // "SEN1"
  private final LongFifoSet urls;

  SeenUrls(int capacity) {
    this.urls = new LongFifoSet(capacity);
  }

  /** True when {@code key} was not remembered (and now is). */
  synchronized boolean add(String key) {
    return urls.add(hash(key));
  }

  synchronized boolean contains(String key) {
    return urls.contains(hash(key));
  }

  /** Forgets a URL so that a later listing fetches it again (after a transient failure). */
  synchronized void remove(String key) {
    urls.remove(hash(key));
  }

  synchronized int size() {
    return urls.size();
  }

  /** Writes the remembered hashes, oldest first. */
  void save(Path file) throws IOException {
    long[] snapshot;
    synchronized (this) {
      snapshot = new long[urls.size()];
      int[] n = {0};
      urls.forEach(h -> snapshot[n[0]++] = h);
    }
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
      out.writeInt(MAGIC);
      out.writeInt(snapshot.length);
      for (long h : snapshot) {
        out.writeLong(h);
      }
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * Adds the hashes saved in {@code file} (none when it does not exist); a truncated or foreign file
   * yields what was readable.
   *
   * @return hashes read
   */
  int load(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return 0;
    }
    int read = 0;
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      if (in.readInt() != MAGIC) {
        return 0;
      }
      int n = in.readInt();
      for (int i = 0; i < n; i++) {
        long h = in.readLong();
        synchronized (this) {
          urls.add(h);
        }
        read++;
      }
    } catch (EOFException e) {
      // truncated snapshot: keep what was read
    }
    return read;
  }

  /** FNV-1a over the UTF-16 code units, then MurmurHash3's 64-bit finaliser for avalanche. */
  static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
