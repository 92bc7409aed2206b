package io.newsflow.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CategoryClassifierTest {
  private final CategoryClassifier classifier = new CategoryClassifier();

  @Test
  void recognisesSport() {
    assertThat(classifier.classify("United beat City 2-1 in the cup final",
        List.of("The striker scored two goals and the goalkeeper saved a penalty before fans.")))
        .get().extracting(CategoryGuess::code).isEqualTo("medtop:15000000");
  }

  @Test
  void recognisesPolitics() {
    assertThat(classifier.classify("Senate passes budget bill",
        List.of("Republicans and Democrats in Congress voted on the legislation backed by the president.")))
        .get().satisfies(g -> {
          assertThat(g.code()).isEqualTo("medtop:11000000");
          assertThat(g.label()).isEqualTo("politics");
          assertThat(g.confidence()).isBetween(0.0, 1.0);
        });
  }

  @Test
  void recognisesHealth() {
    assertThat(classifier.classify("New vaccine cuts flu infections",
        List.of("Doctors said patients in the hospital trial had fewer symptoms.")))
        .get().extracting(CategoryGuess::code).isEqualTo("medtop:07000000");
  }

  @Test
  void returnsEmptyOnlyWithoutText() {
    assertThat(classifier.classify(null, null)).isEmpty();
    assertThat(classifier.classify("", List.of("  "))).isEmpty();
  }

  @Test
  void guessesWithLowConfidenceWhenNoTopicWordOccurs() {
    assertThat(classifier.classify("Sixers 115, Nets 90", List.of())).get().satisfies(g -> {
      assertThat(g.code()).isEqualTo("medtop:15000000");
      assertThat(g.confidence()).isEqualTo(CategoryClassifier.FALLBACK_CONFIDENCE);
    });
    assertThat(classifier.classify("Zorblax sells Quux stake for $3.8B", List.of()))
        .get().extracting(CategoryGuess::code).isEqualTo("medtop:04000000");
    assertThat(classifier.classify("the of and", List.of())).get().extracting(CategoryGuess::code)
        .isEqualTo("medtop:11000000");
  }

  @Test
  void countsMatchResultsAsSportEvidence() {
    assertThat(classifier.classify("Texas rallies for 9-5 win over Boston", List.of()))
        .get().extracting(CategoryGuess::code).isEqualTo("medtop:15000000");
  }

  @Test
  void confidenceIsACoinFlipOnATieAndGrowsWithTheLead() {
    assertThat(CategoryClassifier.confidence(2.0, 2.0)).isEqualTo(0.5);
    // margin (9 - 1) / (9 + 1) = 0.8 -> (1 + 0.8) / 2
    assertThat(CategoryClassifier.confidence(9.0, 1.0)).isCloseTo(0.9, within(1e-12));
    assertThat(CategoryClassifier.confidence(9.0, 0.0)).isGreaterThan(CategoryClassifier.confidence(9.0, 1.0));
  }

  @Test
  void oneCueWordAloneIsNotACertainGuess() {
    // a single body cue of weight 1 and no rival: margin 1 / (1 + 1) -> 0.75
    assertThat(CategoryClassifier.confidence(1.0, 0.0)).isCloseTo(0.75, within(1e-12));
    assertThat(classifier.classify("", List.of("Touchdown."))).get().satisfies(g -> {
      assertThat(g.code()).isEqualTo("medtop:15000000");
      assertThat(g.confidence()).isCloseTo(0.75, within(1e-12));
    });
    double thin = classifier.classify("Touchdown", List.of()).orElseThrow().confidence();
    double ample = classifier.classify("Quarterback throws touchdown pass", List.of(
        "The linebacker and the wide receiver celebrated the touchdown with the head coach in the stadium."))
        .orElseThrow().confidence();
    assertThat(thin).isLessThan(ample);
    assertThat(ample).isLessThan(1.0);
  }

  @Test
  void mixedEvidenceGivesLowerConfidenceThanOneSidedEvidence() {
    double mixed = classifier.classify("Senate hearing on football concussions",
        List.of("Lawmakers questioned the league commissioner while players and coaches watched.")).orElseThrow()
        .confidence();
    double oneSided = classifier.classify("Senate passes budget bill",
        List.of("Republicans and Democrats in Congress voted on the legislation backed by the president."))
        .orElseThrow().confidence();
    assertThat(mixed).isLessThan(oneSided);
  }
}
