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
}
