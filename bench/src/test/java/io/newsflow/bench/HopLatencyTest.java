package io.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HopLatencyTest {
  @Test
  void eachHopIsTheDifferenceBetweenConsecutiveTimestamps() {
    List<CommitClock.Commit> commits = List.of(new CommitClock.Commit("a", 1000, 1900));
    HopLatency.Breakdown b = HopLatency.of(commits, Set.of(), Map.of("a", 1020L), Map.of("a", 1300L),
        Map.of("a", 1700L), "sqlite");

    assertThat(b.hops()).extracting(HopLatency.Hop::name).containsExactly("fetched -> on pages",
        "pages -> articles (clean)", "articles -> articles.enriched (enrich)", "articles.enriched -> row in sqlite (sink)");
    assertThat(b.hops()).extracting(h -> h.millis()[0]).containsExactly(20L, 280L, 400L, 200L);
    assertThat(b.total()).containsExactly(900L);
  }

  @Test
  void warmUpArticlesAreLeftOutAndArticlesWithoutAllTimesCounted() {
    List<CommitClock.Commit> commits = List.of(new CommitClock.Commit("warm", 0, 10),
        new CommitClock.Commit("a", 0, 10), new CommitClock.Commit("lost", 0, 10));
    Map<String, Long> everywhere = Map.of("warm", 1L, "a", 2L, "lost", 3L);
    HopLatency.Breakdown b = HopLatency.of(commits, Set.of("warm"), everywhere, everywhere, Map.of("warm", 5L, "a", 5L),
        "sqlite");

    assertThat(b.total()).hasSize(1);
    assertThat(b.missing()).isEqualTo(1);
  }

  @Test
  void theTailMeansShowWhichHopMakesTheSlowestArticlesSlow() {
    // 99 articles spend 100 ms in the sink hop; the slowest one spends 3 s in the clean hop instead
    List<CommitClock.Commit> commits = new java.util.ArrayList<>();
    Map<String, Long> pages = new java.util.HashMap<>();
    Map<String, Long> articles = new java.util.HashMap<>();
    for (int i = 0; i < 100; i++) {
      String id = "a" + i;
      long clean = i == 42 ? 3000 : 10;
      pages.put(id, 0L);
      articles.put(id, clean);
      commits.add(new CommitClock.Commit(id, 0, clean + 100));
    }
    HopLatency.Breakdown b = HopLatency.of(commits, Set.of(), pages, articles, articles, "sqlite");

    assertThat(b.tailMeans(1)).containsExactly(0, 3000, 0, 100);
    assertThat(b.tailMeans(2)).containsExactly(0, 1505, 0, 100);
  }
}
