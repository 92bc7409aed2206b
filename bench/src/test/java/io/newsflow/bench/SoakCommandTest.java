package io.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SoakCommandTest {
  private final SoakCommand.DurationConverter durations = new SoakCommand.DurationConverter();

  @Test
  void durationsInShortAndIsoForms() {
    assertThat(durations.convert("30m")).isEqualTo(Duration.ofMinutes(30));
    assertThat(durations.convert("90s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(durations.convert("1.5h")).isEqualTo(Duration.ofMinutes(90));
    assertThat(durations.convert("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(durations.convert("PT4M")).isEqualTo(Duration.ofMinutes(4));
    assertThatThrownBy(() -> durations.convert("30 minutes")).isInstanceOf(IllegalArgumentException.class);
  }
}
