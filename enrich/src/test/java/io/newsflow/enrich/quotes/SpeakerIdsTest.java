package io.newsflow.enrich.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpeakerIdsTest {
  @Test
  void sameNameInDifferentSpellingsHasOneId() {
    String id = SpeakerIds.idOf("Sergey Lavrov");
    assertThat(id).hasSize(16).matches("[0-9a-f]{16}");
    assertThat(SpeakerIds.idOf("sergey  lavrov")).isEqualTo(id);
    assertThat(SpeakerIds.idOf("Sérgey Lavrov.")).isEqualTo(id);
    assertThat(SpeakerIds.idOf("Konstantin Kosachev")).isNotEqualTo(id);
  }

  @Test
  void nameWithoutLettersIsRejected() {
    assertThatThrownBy(() -> SpeakerIds.idOf("...")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SpeakerIds.idOf(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
