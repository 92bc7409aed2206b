package io.newsflow.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * This process's open file descriptors from {@code /proc/self/fd} (Linux), grouped by what they point
 * at, so that growth can be traced to its owner: the embedded broker's log segments, RocksDB state
 * stores, SQLite, sockets. Empty where /proc is not available.
 */
final class OpenFiles {
  private static final Path FD_DIR = Path.of("/proc/self/fd");

  private OpenFiles() {}

  /** Open descriptors by kind (the directory stream that reads them is counted too, as "other"). */
  static Map<String, Integer> byKind() {
    Map<String, Integer> out = new TreeMap<>();
    try (DirectoryStream<Path> fds = Files.newDirectoryStream(FD_DIR)) {
      for (Path fd : fds) {
        String target;
        try {
          target = Files.readSymbolicLink(fd).toString();
        } catch (IOException e) {
          continue; // closed between listing and reading
        }
        out.merge(kind(target), 1, Integer::sum);
      }
    } catch (IOException | RuntimeException e) {
      // not Linux, or /proc hidden: nothing to report
    }
    return out;
  }

  static String kind(String target) {
    if (target.startsWith("socket:")) {
      return "socket";
    }
    if (target.startsWith("pipe:") || target.startsWith("anon_inode:")) {
      return "pipe/epoll";
    }
    String name = target.substring(target.lastIndexOf('/') + 1);
    if (name.endsWith(".log") || name.endsWith(".index") || name.endsWith(".timeindex")
        || name.endsWith(".snapshot") || name.endsWith(".checkpoint")) {
      return "kafka log";
    }
    if (name.endsWith(".sst") || name.startsWith("MANIFEST") || name.equals("LOG") || name.equals("LOCK")
        || target.contains("/rocksdb/")) {
      return "rocksdb";
    }
    if (name.endsWith(".db") || name.endsWith(".db-wal") || name.endsWith(".db-shm") || name.endsWith("-journal")) {
      return "sqlite";
    }
    if (name.endsWith(".jar") || name.endsWith(".so") || name.endsWith("modules")) {
      return "jar/lib";
    }
    return "other";
  }
}
