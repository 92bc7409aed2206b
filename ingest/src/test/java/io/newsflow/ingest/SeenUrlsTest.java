package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeenUrlsTest {
  @Test
  void remembersEachUrlOnceAndForgetsTheOldestBeyondCapacity() {
    SeenUrls seen = new SeenUrls(3);
    assertThat(seen.add("a")).isTrue();
    assertThat(seen.add("a")).isFalse();
    seen.add("b");
    seen.add("c");
    seen.add("d");
    assertThat(seen.size()).isEqualTo(3);
    assertThat(seen.contains("a")).isFalse();
    assertThat(seen.contains("d")).isTrue();
  }

  @Test
  void aRemovedUrlCanBeAddedAgain() {
    SeenUrls seen = new SeenUrls(10);
    seen.add("a");
    seen.remove("a");
    assertThat(seen.add("a")).isTrue();
  }

  @Test
  void similarUrlsHashApart() {
    java.util.Set<Long> hashes = new java.util.HashSet<>();
    for (int i = 0; i < 100_000; i++) {
      hashes.add(SeenUrls.hash("https://news.example/2026/01/story-" + i));
    }
    assertThat(hashes).hasSize(100_000);
  }

  @Test
  void aSavedSetIsRememberedAfterARestart(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
    SeenUrls before = new SeenUrls(10);
    before.add("https://a.example/1");
    before.add("https://a.example/2");
    before.save(tmp.resolve("fetch/seen.bin"));

    SeenUrls after = new SeenUrls(10);
    assertThat(after.load(tmp.resolve("fetch/seen.bin"))).isEqualTo(2);
    assertThat(after.add("https://a.example/1")).isFalse();
    assertThat(after.add("https://a.example/3")).isTrue();
    assertThat(new SeenUrls(10).load(tmp.resolve("missing.bin"))).isZero();
  }
}
