package io.newsflow.enrich.quotes;

import static io.newsflow.enrich.quotes.QuoteTexts.containing;
import static io.newsflow.enrich.quotes.QuoteTexts.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * That-clauses separated from their cue by an adjunct, and communication verbs taking a that-clause (task ind);
 * hand-written sentences, not from any evaluation set.
 */
class IndirectThatAdjunctTest {
  @Test
  void aQuotedProgrammeTitleWithLowerCaseWordsIsSkippedOnTheWayToThat() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "Ana Ruiz said on “Face the Harbour” that the pier would reopen in May.",
        "Ivo Brandt told Radio North’s “Word on the Quay” that the ferry fares were too high.");
    assertThat(containing(quotes, "pier would").text()).isEqualTo("the pier would reopen in May");
    assertThat(containing(quotes, "pier would").kind()).isEqualTo(ExtractedQuote.Kind.INDIRECT);
    assertThat(containing(quotes, "ferry fares").text()).isEqualTo("the ferry fares were too high");
    List<ExtractedQuote> numbered = extract("Harbour",
        "Ana Ruiz told Radio North’s “60 Minutes” that the pier would reopen in May.");
    assertThat(containing(numbered, "pier would").text()).isEqualTo("the pier would reopen in May");
  }

  @Test
  void madeItClearReportsItsThatClause() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "Ana Ruiz made it clear that the pier would not reopen before May.",
        "The harbour master is making clear that ferry fares will rise.");
    assertThat(containing(quotes, "pier would").text()).isEqualTo("the pier would not reopen before May");
    assertThat(containing(quotes, "pier would").speakerMention()).isEqualTo("Ana Ruiz");
    assertThat(containing(quotes, "ferry fares").text()).isEqualTo("ferry fares will rise");
  }

  @Test
  void doubledPastFormsOfBragAndInferAreCues() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "Ana Ruiz bragged that her ferry was the fastest on the coast.",
        "Ivo Brandt inferred that the harbour board had lost the keys.");
    assertThat(containing(quotes, "fastest").text()).isEqualTo("her ferry was the fastest on the coast");
    assertThat(containing(quotes, "lost the keys").text()).isEqualTo("the harbour board had lost the keys");
  }

  @Test
  void communicationVerbsReportAThatClauseAfterAnAdjunctOrAddressee() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "The harbour judge ordered that the ferry logs be released by Friday.",
        "A fisherman had posted on his Facebook page that the pier should be closed.",
        "Ana Ruiz emailed her campaign staff that the office would close early.",
        "Ivo Brandt confessed in a radio interview that he had never sailed.");
    assertThat(containing(quotes, "ferry logs").text()).isEqualTo("the ferry logs be released by Friday");
    assertThat(containing(quotes, "ferry logs").speakerMention()).isEqualTo("The harbour judge");
    assertThat(containing(quotes, "pier should").text()).isEqualTo("the pier should be closed");
    assertThat(containing(quotes, "office would").text()).isEqualTo("the office would close early");
    assertThat(containing(quotes, "never sailed").text()).isEqualTo("he had never sailed");
  }

  @Test
  void thatClauseOnlyVerbsWithAnObjectReportNothing() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "The harbour judge ordered lunch for the jury that afternoon.",
        "A fisherman posted a photo of the pier that showed the broken rail.",
        "The guards said the captain ordered them to wait on the quay.");
    assertThat(quotes).noneMatch(q -> q.text().contains("lunch"));
    assertThat(quotes).noneMatch(q -> q.text().contains("broken rail"));
    assertThat(containing(quotes, "captain").text()).isEqualTo("the captain ordered them to wait on the quay");
  }

  @Test
  void aStanceAdjectiveAfterACopulaReportsItsThatClause() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "The ferry captains were adamant that the pier was unsafe.",
        "Ana Ruiz remained quietly confident that the council would fund the repairs.",
        "It is certain that the tide will rise.",
        "The board will act only if it can be convinced that the repairs are needed.");
    assertThat(containing(quotes, "pier was").text()).isEqualTo("the pier was unsafe");
    assertThat(containing(quotes, "pier was").speakerMention()).isEqualTo("The ferry captains");
    assertThat(containing(quotes, "fund the repairs").text()).isEqualTo("the council would fund the repairs");
    assertThat(containing(quotes, "fund the repairs").speakerMention()).isEqualTo("Ana Ruiz");
    assertThat(quotes).noneMatch(q -> q.text().contains("tide"));
    assertThat(quotes).noneMatch(q -> q.text().contains("repairs are needed"));
  }

  @Test
  void aCoordinatedStancePredicateStaysInsideTheReport() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "Ana Ruiz says she did well in the debate and is optimistic that the harbour vote will go her way.");
    assertThat(containing(quotes, "did well").text())
        .isEqualTo("she did well in the debate and is optimistic that the harbour vote will go her way");
  }

  @Test
  void anAdjectiveOfFeelingAfterACopulaReportsItsThatClause() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "The fishermen were frustrated that the harbour board had delayed the repairs again.");
    assertThat(containing(quotes, "delayed").text()).isEqualTo("the harbour board had delayed the repairs again");
    assertThat(containing(quotes, "delayed").speakerMention()).isEqualTo("The fishermen");
  }

  @Test
  void theAgentOfAPassiveCueIsTheSourceOfItsThatClause() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "The captain was warned by the harbour master that the pier was unsafe.",
        "After being warned by the coast guard that a storm was near, the captain stayed in port.");
    assertThat(containing(quotes, "pier was").text()).isEqualTo("the pier was unsafe");
    assertThat(containing(quotes, "pier was").speakerMention()).isEqualTo("the harbour master");
    assertThat(containing(quotes, "storm was").text()).isEqualTo("a storm was near");
    assertThat(containing(quotes, "storm was").speakerMention()).isEqualTo("the coast guard");
  }

  @Test
  void aVerbWithANounOfSayingReportsTheNounsThatClause() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "Ana Ruiz shared her belief that the pier would collapse.",
        "Ivo Brandt offered his firmest promise yet that the ferry fares would fall.",
        "The captain made an argument that resonated with the crew.");
    assertThat(containing(quotes, "pier would").text()).isEqualTo("the pier would collapse");
    assertThat(containing(quotes, "pier would").speakerMention()).isEqualTo("Ana Ruiz");
    assertThat(containing(quotes, "fares would").text()).isEqualTo("the ferry fares would fall");
    assertThat(quotes).noneMatch(q -> q.text().contains("resonated"));
  }
}
