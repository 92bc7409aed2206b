package io.newsflow.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StemsTest {
  @Test
  void theMemoStopsGrowingAtItsLimitAndWordsBeyondItAreStillStemmed() {
    try {
      int before = Stems.size();
      Stems.limit(before + 3);
      for (int i = 0; i < 10; i++) {
        String word = "zqwalkings" + (char) ('a' + i);
        assertThat(Stems.of(word)).isEqualTo(PorterStemmer.stem(word));
      }
      assertThat(Stems.size()).isEqualTo(before + 3);
    } finally {
      Stems.limit(Stems.DEFAULT_MAX_WORDS);
    }
  }

  @Test
  void aNegativeLimitIsRefused() {
    assertThatThrownBy(() -> Stems.limit(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
