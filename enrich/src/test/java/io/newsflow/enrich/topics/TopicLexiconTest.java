package io.newsflow.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TopicLexiconTest {
  private static final TopicLexicon LEXICON = new TopicLexicon(Resources.lowerSet("stopwords-en.txt"));

  @Test
  void phraseOfOneTopicKeepsItsFullWeight() {
    assertThat(TopicLexicon.inverseTopicFrequency(1, 17)).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void sharedPhraseCountsLessTheMoreTopicsItCues() {
    double two = TopicLexicon.inverseTopicFrequency(2, 17);
    double three = TopicLexicon.inverseTopicFrequency(3, 17);
    double all = TopicLexicon.inverseTopicFrequency(17, 17);
    // ln(1 + 17/2) / ln(18) = 0.779, ln(1 + 17/3) / ln(18) = 0.656, ln 2 / ln 18 = 0.240
    assertThat(two).isCloseTo(0.779, within(1e-3));
    assertThat(three).isCloseTo(0.656, within(1e-3));
    assertThat(all).isCloseTo(0.240, within(1e-3));
  }

  @Test
  void rejectsImpossibleCounts() {
    assertThatThrownBy(() -> TopicLexicon.inverseTopicFrequency(0, 17)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TopicLexicon.inverseTopicFrequency(18, 17)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void lexiconWeightsFollowTheInverseTopicFrequency() {
    // "touchdown" is listed under sport only; "refugees" under society and under conflict
    double[] touchdown = LEXICON.weights.get(TopicLexicon.key("touchdown", java.util.Set.of()));
    assertThat(touchdown[LEXICON.codes.indexOf("medtop:15000000")]).isCloseTo(1.0, within(1e-12));
    double[] refugees = LEXICON.weights.get(TopicLexicon.key("refugees", java.util.Set.of()));
    long cued = Arrays.stream(refugees).filter(w -> w > 0).count();
    assertThat(cued).isGreaterThanOrEqualTo(2);
    assertThat(refugees[LEXICON.codes.indexOf("medtop:16000000")])
        .isCloseTo(TopicLexicon.inverseTopicFrequency((int) cued, 17), within(1e-12));
  }

  @Test
  void aMarkedWeightOverridesTheDefaultOfAnotherFormOfTheSameStem() {
    // politics lists "state^0.5, states": the polysemy mark holds for the stem, not the default 1
    assertThat(weight("state", "medtop:11000000")).isCloseTo(0.5 * specificity("state"), within(1e-12));
    // "game^2, games": the strong mark holds as well
    assertThat(weight("games", "medtop:15000000")).isCloseTo(2.0 * specificity("games"), within(1e-12));
  }

  @Test
  void twoMarkedFormsOfOneStemMeetAtTheirGeometricMean() {
    // economy lists "share^0.5, shares^2": one stem, so sqrt(0.5 * 2) = 1
    assertThat(weight("shares", "medtop:04000000")).isCloseTo(1.0 * specificity("shares"), within(1e-12));
    assertThat(TopicLexicon.geometricMean(0.5, 2.0)).isCloseTo(1.0, within(1e-12));
  }

  private static double weight(String word, String code) {
    return LEXICON.weights.get(TopicLexicon.key(word, java.util.Set.of()))[LEXICON.codes.indexOf(code)];
  }

  private static double specificity(String word) {
    double[] w = LEXICON.weights.get(TopicLexicon.key(word, java.util.Set.of()));
    return TopicLexicon.inverseTopicFrequency((int) Arrays.stream(w).filter(x -> x > 0).count(), 17);
  }
}
