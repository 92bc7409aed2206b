package io.newsflow.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {
  private final EntityExtractor extractor = new EntityExtractor();

  private static Optional<FoundEntity> named(List<FoundEntity> all, String name) {
    return all.stream().filter(e -> e.name().equals(name)).findFirst();
  }

  @Test
  void mergesSurnameMentionsIntoTheFullName() {
    String text = "Russian Foreign Minister Sergey Lavrov met officials in Paris on Monday. "
        + "Lavrov said the talks were useful.";
    List<FoundEntity> found = extractor.extract(text);
    FoundEntity lavrov = named(found, "Sergey Lavrov").orElseThrow();
    assertThat(lavrov.type()).isEqualTo(EntityKind.PERSON);
    assertThat(lavrov.mentions()).extracting(Span::text).containsExactly("Sergey Lavrov", "Lavrov");
    for (Span s : lavrov.mentions()) {
      assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
    }
    assertThat(named(found, "Russian")).get().extracting(FoundEntity::type).isEqualTo(EntityKind.OTHER);
    assertThat(named(found, "Paris")).get().extracting(FoundEntity::type).isEqualTo(EntityKind.LOCATION);
    assertThat(found).extracting(FoundEntity::name).doesNotContain("Monday", "Foreign Minister");
  }

  @Test
  void typesOrganisationsBySuffixAndPlacesByGazetteer() {
    List<FoundEntity> found = extractor.extract(
        "Shares of Northwind Holdings rose after the company opened an office in Nairobi, Kenya.");
    assertThat(named(found, "Northwind Holdings")).get().extracting(FoundEntity::type)
        .isEqualTo(EntityKind.ORGANIZATION);
    assertThat(named(found, "Nairobi")).get().extracting(FoundEntity::type).isEqualTo(EntityKind.LOCATION);
    assertThat(named(found, "Kenya")).get().extracting(FoundEntity::type).isEqualTo(EntityKind.LOCATION);
  }

  @Test
  void leavesPossessiveOutOfTheSpan() {
    List<FoundEntity> found = extractor.extract("Analysts praised Angela Merkel's budget plan.");
    FoundEntity merkel = named(found, "Angela Merkel").orElseThrow();
    assertThat(merkel.mentions().get(0).text()).isEqualTo("Angela Merkel");
  }

  @Test
  void ignoresSentenceInitialCommonWords() {
    List<FoundEntity> found = extractor.extract("Officials met. Despite the rain, officials left.");
    assertThat(found).isEmpty();
  }

  @Test
  void typesTownClubsNextToScoresAsOrganisations() {
    List<FoundEntity> found = extractor.extract("Results on Saturday: Chicago 5 Houston 3.");
    assertThat(named(found, "Chicago")).get().extracting(FoundEntity::type).isEqualTo(EntityKind.ORGANIZATION);
  }

  @Test
  void toleratesNullAndBlankText() {
    assertThat(extractor.extract(null)).isEmpty();
    assertThat(extractor.extract("  ")).isEmpty();
  }
}
