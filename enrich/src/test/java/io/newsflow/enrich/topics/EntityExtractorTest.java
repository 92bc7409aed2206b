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
  void readsTableRowsOfASportsReportAsClubs() {
    String text = "SOCCER - SCOTTISH LEAGUE STANDINGS .\n"
        + "Played won drawn lost goals for against points in the league this season .\n"
        + "Brechin 3 2 1 0 5 2 7\nForfar 3 1 1 1 4 4 4\n";
    List<FoundEntity> found = extractor.extract(text);
    assertThat(named(found, "Brechin")).get().extracting(FoundEntity::type).isEqualTo(EntityKind.ORGANIZATION);
    assertThat(named(found, "Forfar")).get().extracting(FoundEntity::type).isEqualTo(EntityKind.ORGANIZATION);
  }

  @Test
  void typesLoneFamilyNamesAsPeople() {
    List<FoundEntity> found = extractor.extract("The minister later met Kowalczyk and McTavish in the capital.");
    assertThat(named(found, "Kowalczyk")).get().extracting(FoundEntity::type).isEqualTo(EntityKind.PERSON);
    assertThat(named(found, "McTavish")).get().extracting(FoundEntity::type).isEqualTo(EntityKind.PERSON);
  }

  @Test
  void startsAPersonAtAFirstNameInsideACapitalisedRun() {
    List<FoundEntity> found = extractor.extract("The match was won by a late goal from Northwind Rovers striker "
        + "and Parliament Tony Brandler said nothing.");
    assertThat(named(found, "Tony Brandler")).get().extracting(FoundEntity::type).isEqualTo(EntityKind.PERSON);
  }

  @Test
  void treatsNamesMadeOfCommonNounsAsOrganisations() {
    List<FoundEntity> found = extractor.extract(
        "Kansai Electric Power raised output as electric power demand rose.");
    assertThat(named(found, "Kansai Electric Power")).get().extracting(FoundEntity::type)
        .isEqualTo(EntityKind.ORGANIZATION);
  }

  @Test
  void readsScorerListsAsPeopleAndResultLinesAsClubs() {
    String text = "SOCCER - ENGLISH PREMIER LEAGUE RESULTS .\n"
        + "Results of English league soccer matches on Saturday :\n"
        + "Coventry 1 ( Brannagh 60 ) Tottenham 2 ( Sheringham 27 , Sintonly 75 ) .\n";
    List<FoundEntity> found = extractor.extract(text);
    assertThat(named(found, "Brannagh")).get().extracting(FoundEntity::type).isEqualTo(EntityKind.PERSON);
    assertThat(named(found, "Sintonly")).get().extracting(FoundEntity::type).isEqualTo(EntityKind.PERSON);
    assertThat(named(found, "Coventry")).get().extracting(FoundEntity::type).isEqualTo(EntityKind.ORGANIZATION);
  }

  @Test
  void keepsTownsAsPlacesOutsideSportsReports() {
    List<FoundEntity> found = extractor.extract(
        "Stocks closed higher in London on Friday. London traders said points were won and lost early.");
    assertThat(named(found, "London")).get().extracting(FoundEntity::type).isEqualTo(EntityKind.LOCATION);
  }

  @Test
  void keepsADatelinePlaceALocation() {
    List<FoundEntity> found = extractor.extract("VAILO , Colorado 1996-12-06\nThe downhill race was won by a Swiss skier.");
    assertThat(named(found, "VAILO")).get().extracting(FoundEntity::type).isEqualTo(EntityKind.LOCATION);
  }

  @Test
  void readsATitleWordEndingARunAsAFamilyName() {
    List<FoundEntity> found = extractor.extract("The talks were chaired by Prime Minister John Major. Later, said Major, the talks went well.");
    assertThat(named(found, "John Major")).get().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EntityKind.PERSON);
      assertThat(e.mentions()).extracting(Span::text).containsExactly("John Major", "Major");
    });
  }

  @Test
  void toleratesNullAndBlankText() {
    assertThat(extractor.extract((String) null)).isEmpty();
    assertThat(extractor.extract("  ")).isEmpty();
  }
}
