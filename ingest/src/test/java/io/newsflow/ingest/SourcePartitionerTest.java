package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SourcePartitionerTest {
  @Test
  void sourcesOfOneHostShareAPartition() {
    int p = SourcePartitioner.partitionOf("https://news.example/rss/world.xml", 6);
    assertThat(SourcePartitioner.partitionOf("https://news.example/rss/sport.xml", 6)).isEqualTo(p);
    assertThat(SourcePartitioner.partitionOf("https://NEWS.example/sitemap.xml", 6)).isEqualTo(p);
  }

  @Test
  void hostsSpreadOverThePartitions() {
    Set<Integer> used = new HashSet<>();
    for (int i = 0; i < 60; i++) {
      int p = SourcePartitioner.partitionOf("https://site" + i + ".example/rss", 6);
      assertThat(p).isBetween(0, 5);
      used.add(p);
    }
    assertThat(used).hasSize(6);
  }

  @Test
  void localPathsArePlacedByThePath() {
    assertThat(SourcePartitioner.partitionOf("/data/a.warc.gz", 6))
        .isEqualTo(SourcePartitioner.defaultPartitionOf("/data/a.warc.gz", 6));
  }
}
