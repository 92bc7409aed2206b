package io.newsflow.enrich.quotes;

import static io.newsflow.enrich.quotes.QuoteTexts.containing;
import static io.newsflow.enrich.quotes.QuoteTexts.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-written texts (not from any evaluation set) for speaker resolution errors (issue #5, spkfix): antecedents that
 * are no persons, groups, or of the wrong gender. One behaviour per test.
 */
class SpeakerFixTest {
  @Test
  void genericDescriptionDoesNotFallBackToAnOrganisation() {
    List<ExtractedQuote> quotes = extract("Harbour vote",
        "The docks will close early, the Harbour Commission said on Monday.",
        "One man in the crowd interrupted the mayor.",
        "“They sold the harbour,” the man shouted.");
    ExtractedQuote q = containing(quotes, "sold the harbour");
    assertThat(q.speaker()).isNull();
    assertThat(q.speakerMention()).isEqualTo("the man");
  }

  @Test
  void genderedDescriptionSkipsASpeakerOfTheOtherGender() {
    List<ExtractedQuote> quotes = extract("Harbour vote",
        "“The docks stay open,” Rep. Ann Berg said.",
        "“We will build the bridge,” Tom Avery said.",
        "“It is too late for that,” the congresswoman replied.");
    assertThat(containing(quotes, "too late for that").speaker()).isEqualTo("Ann Berg");
  }

  @Test
  void pluralGroupIsNoAntecedentOfHe() {
    List<ExtractedQuote> quotes = extract("Harbour vote",
        "“We will build the bridge,” Tom Avery said.",
        "Young Latinos in the city say they want the bridge built.",
        "“It is ours,” he said.");
    assertThat(containing(quotes, "It is ours").speaker()).isEqualTo("Tom Avery");
  }

  @Test
  void givenNameAfterADatelineDecidesGender() {
    List<ExtractedQuote> quotes = extract("Harbour vote",
        "“We will build the bridge,” Mayor Ann Berg said.",
        "PORTSMOUTH, N.H. - Tom Avery toured the docks on Monday.",
        "“It is ours,” she said.");
    assertThat(containing(quotes, "It is ours").speaker()).isEqualTo("Ann Berg");
  }

  @Test
  void ageBeforeASubjectNameKeepsItAnAntecedent() {
    List<ExtractedQuote> quotes = extract("Harbour vote",
        "“We will build the bridge,” Tom Avery said.",
        "At a rally in Dover, Ohio, 62-year-old Ann Berg also spoke against the plan.",
        "“They should pay,” she said.");
    assertThat(containing(quotes, "They should pay").speaker()).isEqualTo("Ann Berg");
  }

  @Test
  void standaloneQuantifierIsTheSpeakerMentionWithoutAName() {
    List<ExtractedQuote> quotes = extract("Harbour vote",
        "Ten council members met on Monday.",
        "Several said they would vote against the bridge plan.");
    ExtractedQuote q = containing(quotes, "vote against the bridge plan");
    assertThat(q.speakerMention()).isEqualTo("Several");
    assertThat(q.speaker()).isNull();
  }

  @Test
  void unnamedPersonQuotedLastKeepsHeFromAnOlderName() {
    List<ExtractedQuote> quotes = extract("Harbour vote",
        "“We will win,” Tom Avery said.",
        "One delegate said he spent weeks looking for a donor.",
        "“Not a single one,” he said.");
    ExtractedQuote q = containing(quotes, "Not a single one");
    assertThat(q.speaker()).isNull();
    assertThat(q.speakerMention()).isEqualTo("he");
  }

  @Test
  void namedPersonMentionedAfterTheUnnamedOneStaysTheAntecedent() {
    List<ExtractedQuote> quotes = extract("Harbour vote",
        "“We will win,” Tom Avery said.",
        "A reporter asked Avery whether the bridge would be built.",
        "“Ask me next week,” he said.");
    assertThat(containing(quotes, "Ask me next week").speaker()).isEqualTo("Tom Avery");
  }

  @Test
  void coordinatedNamesAreNoAntecedentOfHe() {
    List<ExtractedQuote> quotes = extract("Harbour vote",
        "Florida Sen. Tom Avery says he feels he did great in the debate.",
        "Speaking to CBS Monday, Avery refrained from attacking his rivals, particularly Govs. Ivo Brandt and Rick "
            + "Lane, who say the senator lacks experience.",
        "He dismissed critique of his performance, saying Monday that it was \"our greatest night.\"");
    assertThat(containing(quotes, "our greatest night").speaker()).isEqualTo("Tom Avery");
  }

  @Test
  void personBeforeOfPlaceIsTheSpeakerNotThePlace() {
    List<ExtractedQuote> quotes = extract("Harbour vote",
        "“The bridge must be built,” said Senator Ann Berg of Ohio.",
        "“We will see,” Gov. Tom Avery of Iowa said.");
    assertThat(containing(quotes, "must be built").speaker()).isEqualTo("Ann Berg");
    assertThat(containing(quotes, "We will see").speaker()).isEqualTo("Tom Avery");
  }
}
