package io.newsflow.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PorterStemmerTest {

  @ParameterizedTest
  @CsvSource({
      "caresses, caress", "ponies, poni", "ties, ti", "cats, cat", "feed, feed", "agreed, agre",
      "plastered, plaster", "motoring, motor", "sing, sing", "conflated, conflat", "troubled, troubl",
      "sized, size", "hopping, hop", "falling, fall", "filing, file", "happy, happi",
      "relational, relat", "conditional, condit", "generalizations, gener", "electrical, electr",
      "hopeful, hope", "goodness, good", "adjustment, adjust", "restaurants, restaur",
      "restaurant, restaur", "running, run", "controlling, control", "rate, rate", "roll, roll"})
  void stemsLikeTheReferenceImplementation(String word, String stem) {
    assertThat(PorterStemmer.stem(word)).isEqualTo(stem);
  }

  @Test
  void leavesShortWordsNumbersAndNullAlone() {
    assertThat(PorterStemmer.stem("is")).isEqualTo("is");
    assertThat(PorterStemmer.stem("2012")).isEqualTo("2012");
    assertThat(PorterStemmer.stem(null)).isEmpty();
  }
}
