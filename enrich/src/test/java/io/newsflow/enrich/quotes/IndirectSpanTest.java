package io.newsflow.enrich.quotes;

import static io.newsflow.enrich.quotes.QuoteTexts.containing;
import static io.newsflow.enrich.quotes.QuoteTexts.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Boundaries of indirect content (task ispan); hand-written sentences, not from any evaluation set. */
class IndirectSpanTest {
  @Test
  void aSubjectlessPredicateAfterACommaEndsContentReportedInsideARelativeClause() {
    List<ExtractedQuote> quotes = extract("Pier",
        "Mayor Ivo Brandt, who said the pier should close for the winter, quietly voted to keep it open.",
        "Clerk Ana Ruiz, who said the ballots would be counted by Friday, was still counting them on Sunday.");
    assertThat(containing(quotes, "pier should").text()).isEqualTo("the pier should close for the winter");
    assertThat(containing(quotes, "ballots").text()).isEqualTo("the ballots would be counted by Friday");
  }

  @Test
  void aCommaBeforeTheVerbOfTheContentsOwnLongSubjectDoesNotEndIt() {
    List<ExtractedQuote> quotes = extract("Pier",
        "Ana Ruiz said the pier, which is old, was unsafe in winter.");
    assertThat(containing(quotes, "pier").text()).isEqualTo("the pier, which is old, was unsafe in winter");
  }

  @Test
  void aCommaAndAPronounOrPossessiveSubjectOpenTheWritersNextClause() {
    List<ExtractedQuote> quotes = extract("Ferry",
        "Ivo Brandt said the ferry would run all winter, and he bought a second boat in May.",
        "Ana Ruiz said the dock was safe, and her office has repaired it twice since.");
    assertThat(containing(quotes, "ferry").text()).isEqualTo("the ferry would run all winter");
    assertThat(containing(quotes, "dock").text()).isEqualTo("the dock was safe");
  }

  @Test
  void aNounPhraseContentOfAnyCueLeavesOutTheOccasionOfTheStatement() {
    List<ExtractedQuote> quotes = extract("Ferry",
        "Ana Ruiz explained her reasoning in an interview on local radio.");
    assertThat(containing(quotes, "reasoning").text()).isEqualTo("her reasoning");
  }

  @Test
  void aDashAndANounPhraseSubjectWithItsAuxiliaryOpenTheWritersNextClause() {
    List<ExtractedQuote> quotes = extract("Pier",
        "Ana Ruiz said the pier needed urgent repairs - and her office was slow to fund them.");
    assertThat(containing(quotes, "pier").text()).isEqualTo("the pier needed urgent repairs");
  }

  @Test
  void aCommaAndANamedSubjectWithItsAuxiliaryOpenTheWritersNextClause() {
    List<ExtractedQuote> quotes = extract("Ferry",
        "Ivo Brandt said the ferry was late again, and Ana Ruiz has bought a car since.");
    assertThat(containing(quotes, "ferry").text()).isEqualTo("the ferry was late again");
  }
}
