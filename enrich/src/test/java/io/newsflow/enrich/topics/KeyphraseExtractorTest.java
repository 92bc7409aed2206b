package io.newsflow.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyphraseExtractorTest {
  private final KeyphraseExtractor extractor = new KeyphraseExtractor();

  private static final String TITLE = "City council approves new bicycle lanes";
  private static final List<String> BODY = List.of(
      "The city council voted on Tuesday to build bicycle lanes along the harbour road.",
      "Cyclists have asked for protected lanes for years, and the council said the bicycle "
          + "network would double by 2026.",
      "Shop owners on the harbour road worry about parking. The council promised new parking "
          + "spaces near Maple Street.");

  @Test
  void ranksRepeatedTitleWordsFirst() {
    List<ScoredPhrase> phrases = extractor.extract(TITLE, BODY, 5);
    assertThat(phrases).extracting(ScoredPhrase::phrase).contains("council", "bicycle");
    assertThat(phrases.get(0).score()).isGreaterThanOrEqualTo(phrases.get(phrases.size() - 1).score());
  }

  @Test
  void mergesInflectionsByStem() {
    List<ScoredPhrase> phrases = extractor.extract("Restaurants and a restaurant", List.of(
        "The restaurant opened. Two restaurants closed. A restaurant owner spoke."), 10);
    assertThat(phrases).extracting(ScoredPhrase::phrase)
        .filteredOn(p -> p.toLowerCase().startsWith("restaurant")).hasSize(1);
  }

  @Test
  void neverReturnsStopwordsAdverbsOrBareNumbers() {
    List<ScoredPhrase> phrases = extractor.extract(TITLE, BODY, 30);
    assertThat(phrases).extracting(ScoredPhrase::phrase)
        .doesNotContain("the", "said", "2026", "have", "new");
  }

  @Test
  void keepsCapitalisedNamesTogether() {
    List<ScoredPhrase> phrases = extractor.extract(TITLE, BODY, 30);
    assertThat(phrases).extracting(ScoredPhrase::phrase).contains("Maple Street");
  }

  @Test
  void respectsMaxAndBadArguments() {
    assertThat(extractor.extract(TITLE, BODY, 3)).hasSize(3);
    assertThatThrownBy(() -> extractor.extract(TITLE, BODY, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> extractor.extract(TITLE, BODY, 101)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toleratesNullAndEmptyInput() {
    List<String> withNull = new ArrayList<>();
    withNull.add(null);
    assertThat(extractor.extract(null, null, 10)).isEmpty();
    assertThat(extractor.extract("", withNull, 10)).isEmpty();
  }

  @Test
  void boundsVeryLongInput() {
    String para = "Harbour traffic grows. ".repeat(5_000);
    assertThat(extractor.extract("Traffic", List.of(para, para), 5)).isNotEmpty();
  }
}
