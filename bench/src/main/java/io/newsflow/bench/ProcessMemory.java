package io.newsflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Resident set size of this process from {@code /proc/self/status} (Linux): {@code VmHWM} is the peak,
 * {@code VmRSS} the current value. Both are -1 where /proc is not available (macOS, Windows).
 */
final class ProcessMemory {
  private static final Path STATUS = Path.of("/proc/self/status");

  private ProcessMemory() {}

  /** Peak resident set size in bytes, or -1. */
  static long peakRssBytes() {
    return field("VmHWM:");
  }

  /** Current resident set size in bytes, or -1. */
  static long rssBytes() {
    return field("VmRSS:");
  }

  static long parseKbLine(String line) {
    String[] parts = line.trim().split("\\s+");
    if (parts.length < 2) {
      return -1;
    }
    try {
      return Long.parseLong(parts[1]) * 1024;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static long field(String name) {
    try {
      List<String> lines = Files.readAllLines(STATUS);
      for (String line : lines) {
        if (line.startsWith(name)) {
          return parseKbLine(line);
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux, or /proc hidden: report unknown
    }
    return -1;
  }
}
