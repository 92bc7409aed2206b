package io.newsflow.enrich.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordSetTest {
  @Test
  void answersLikeAHashSetForMembersAndNonMembers() {
    List<String> words = new ArrayList<>();
    for (int k = 0; k < 500; k++) {
      words.add("w" + k * 7);
    }
    Set<String> fast = WordSet.of(words);
    Set<String> reference = new HashSet<>(words);
    assertThat(fast).hasSize(500).containsExactlyInAnyOrderElementsOf(reference);
    for (int k = 0; k < 4000; k++) {
      String probe = "w" + k;
      assertThat(fast.contains(probe)).as(probe).isEqualTo(reference.contains(probe));
    }
  }

  @Test
  void toleratesDuplicatesAndCollidingHashes() {
    // "Aa" and "BB" share a String hash: the slot's hash matches, the characters decide
    Set<String> s = Words.set("said", "Aa", "said", "told");
    assertThat(s).hasSize(3).contains("said", "Aa", "told").doesNotContain("BB", "says", "");
    assertThat(s.contains(null)).isFalse();
    assertThat(s.contains(42)).isFalse();
  }

  @Test
  void isImmutableAndEqualToOtherSets() {
    Set<String> s = Words.set("a", "b");
    assertThat(s).isEqualTo(Set.of("a", "b")).hasSameHashCodeAs(Set.of("a", "b"));
    assertThatThrownBy(() -> s.add("c")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> s.remove("a")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(Words.union(s, Set.of("b", "c"))).containsExactlyInAnyOrder("a", "b", "c");
    assertThat(Words.set()).isEmpty();
  }
}
