package io.newsflow.enrich.quotes;

import static io.newsflow.enrich.quotes.QuoteTexts.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cue words used in a sense that reports nobody; hand-written sentences, not from any evaluation set. */
class CueSensesTest {
  @Test
  void aNounCalledByANameIsNotAReport() {
    assertThat(extract("Harbour", "Ana Ruiz now leads a charity called Harbour Friends in the old port.")).isEmpty();
    assertThat(extract("Harbour", "The measure sometimes called \"the port tax\" failed in May.")).isEmpty();
  }

  @Test
  void aPersonWhoCallsSomeoneSomethingStillReports() {
    List<ExtractedQuote> quotes = extract("Harbour", "The mayor called Ivo Brandt a reckless gambler.");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).text()).isEqualTo("Ivo Brandt a reckless gambler");
  }

  @Test
  void maintainWithoutAThatClauseMeansKeep() {
    assertThat(extract("Race", "Ana Ruiz maintains a large lead in the polls of the county.")).isEmpty();
    List<ExtractedQuote> quotes = extract("Race", "Ana Ruiz maintains that the polls of the county are wrong.");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).text()).isEqualTo("the polls of the county are wrong");
  }

  @Test
  void aNounFormBeforeAnAuxiliaryIsASubject() {
    assertThat(extract("Town", "The protests have continued since the vote in May.")).isEmpty();
    assertThat(extract("Town", "Farm states that have lost jobs voted for the mayor.")).isEmpty();
    List<ExtractedQuote> quotes = extract("Town", "Ana Ruiz states that the river is clean.");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).text()).isEqualTo("the river is clean");
  }

  @Test
  void aFormAfterAPluralPossessiveIsANoun() {
    assertThat(extract("Map", "The new map works in the Democrats' favor, as turnout rises in the suburbs.")).isEmpty();
  }

  @Test
  void fixedPhrasesWithACueWordReportNobody() {
    assertThat(extract("Race", "Ana Ruiz leads the race, thanks to strong support in the north.")).isEmpty();
    assertThat(extract("Race", "The two firms called off their merger in May.")).isEmpty();
    assertThat(extract("Race", "Ana Ruiz went on to win the race by ten points.")).isEmpty();
    assertThat(extract("Race", "Ana Ruiz claimed a narrow victory in the county on Tuesday.")).isEmpty();
    List<ExtractedQuote> quotes = extract("Race", "Ana Ruiz claimed that the victory was stolen.");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).text()).isEqualTo("the victory was stolen");
  }
  @Test
  void aHypotheticalImagineIsNotABelief() {
    assertThat(extract("Budget", "It is hard to imagine the council passing the budget before June.")).isEmpty();
    List<ExtractedQuote> quotes = extract("Budget", "Ana Ruiz imagined that the council would agree.");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).text()).isEqualTo("the council would agree");
  }

  @Test
  void requestAndLabelAsNounsAreNotCues() {
    assertThat(extract("Files", "The agency turned down a records request from a local paper in May.")).isEmpty();
    assertThat(extract("Files", "The party has long avoided the fringe label that sticks to small groups.")).isEmpty();
  }

  @Test
  void worryWithAnObjectIsNotAReport() {
    assertThat(extract("Budget", "The decision worried some investors in the city.")).isEmpty();
    List<ExtractedQuote> quotes = extract("Budget", "Ana Ruiz worried that the budget would fail.");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).text()).isEqualTo("the budget would fail");
  }

  @Test
  void aQuotedExcerptBeforeALinkIsNotAQuote() {
    String text = "MUSEUM NEWS—\"Harbour museum names a director,\" by the Courier's Ivo Brandt: \"The Harbour museum has "
        + "named a new director after a long search, and the board will meet her on Friday morning.\" http://bit.ly/1AbCdE.";
    assertThat(extract("Museums", text)).noneMatch(q -> q.text().contains("long search"));
  }
  @Test
  void aSloganDatedInParenthesesIsATitle() {
    String text = "The party printed one poster after another.\n\n\"No more wars and yes to the harbour plan for all of "
        + "us\" (2009) was the best known of them.";
    assertThat(extract("Posters", text)).noneMatch(q -> q.text().contains("harbour plan"));
  }

  @Test
  void anOccasionWithAShowNameIsNotContent() {
    String text = "In an interview with \"Harbour Morning Live,\" Ana Ruiz said the port would reopen in May.";
    List<ExtractedQuote> quotes = extract("Port", text);
    assertThat(quotes).noneMatch(q -> q.text().startsWith("In an interview"));
  }
  @Test
  void aShortFrontAdjunctIsNotContent() {
    assertThat(extract("Port", "Weighing in on the harbour plan, Ana Ruiz agreed with the mayor."))
        .noneMatch(q -> q.text().startsWith("Weighing"));
    List<ExtractedQuote> quotes = extract("Port",
        "In the view of the council the harbour plan will fail within a year, Ana Ruiz said.");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).text()).isEqualTo("In the view of the council the harbour plan will fail within a year");
  }
  @Test
  void goesWithoutSayingReportsNobody() {
    assertThat(extract("Port", "It goes without saying that the harbour plan is \"a very costly idea\" for the town."))
        .noneMatch(q -> q.text().contains("harbour plan"));
  }
}
