package io.newsflow.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;

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
  void returnsEmptyWithoutEvidence() {
    assertThat(classifier.classify(null, null)).isEmpty();
    assertThat(classifier.classify("", List.of("the of and"))).isEmpty();
  }
}
