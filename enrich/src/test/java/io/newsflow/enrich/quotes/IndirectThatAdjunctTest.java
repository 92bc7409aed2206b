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
}
