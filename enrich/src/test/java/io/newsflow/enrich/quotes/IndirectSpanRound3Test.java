package io.newsflow.enrich.quotes;

import static io.newsflow.enrich.quotes.QuoteTexts.containing;
import static io.newsflow.enrich.quotes.QuoteTexts.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Boundaries of indirect content, third round (task ispan); hand-written sentences, not from any evaluation set. */
class IndirectSpanRound3Test {
  @Test
  void theTermsOfAnonymityAreNotContent() {
    List<ExtractedQuote> quotes = extract("Pier",
        "A harbour official said the ferry would close in May on condition of anonymity because he was not allowed to speak.",
        "The pier will be rebuilt next year, a council clerk said, on the condition of anonymity to discuss the plan.");
    assertThat(containing(quotes, "ferry").text()).isEqualTo("the ferry would close in May");
    assertThat(containing(quotes, "pier").text()).isEqualTo("The pier will be rebuilt next year");
  }
}
