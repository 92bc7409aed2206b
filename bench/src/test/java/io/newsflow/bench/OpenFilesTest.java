package io.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class OpenFilesTest {
  @Test
  void descriptorsAreGroupedByWhatTheyPointAt() {
    assertThat(OpenFiles.kind("socket:[12345]")).isEqualTo("socket");
    assertThat(OpenFiles.kind("anon_inode:[eventpoll]")).isEqualTo("pipe/epoll");
    assertThat(OpenFiles.kind("/tmp/kafka-1/data/soak.pages-0/00000000000000000000.log")).isEqualTo("kafka log");
    assertThat(OpenFiles.kind("/tmp/state/newsflow-clean/0_1/rocksdb/content-hash-first-article/000012.sst"))
        .isEqualTo("rocksdb");
    assertThat(OpenFiles.kind("/tmp/newsflow-soak-1/soak.db-wal")).isEqualTo("sqlite");
    assertThat(OpenFiles.kind("/work/cli/target/newsflow.jar")).isEqualTo("jar/lib");
    assertThat(OpenFiles.kind("/dev/urandom")).isEqualTo("other");
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void aFileOpenedHereIsCounted() throws Exception {
    java.nio.file.Path f = java.nio.file.Files.createTempFile("openfiles", ".db");
    int before = OpenFiles.byKind().getOrDefault("sqlite", 0);
    try (var in = java.nio.file.Files.newInputStream(f)) {
      assertThat(OpenFiles.byKind().getOrDefault("sqlite", 0)).isEqualTo(before + 1);
    } finally {
      java.nio.file.Files.delete(f);
    }
  }
}
