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

  @Test
  void anAppositiveAfterTheAccordingToSourceIsNotContent() {
    List<ExtractedQuote> quotes = extract("Pier",
        "Ferry fares rose by a third last year, according to Ana Ruiz, an economist at the harbour board.",
        "Over the winter, according to the harbour board, the pier ''lost half its boards.''");
    assertThat(containing(quotes, "fares").text()).isEqualTo("Ferry fares rose by a third last year");
    assertThat(containing(quotes, "winter").text()).contains("the pier");
  }

  @Test
  void aDashBeforeDespiteOrEvenThoughEndsTheContent() {
    List<ExtractedQuote> quotes = extract("Pier",
        "Ana Ruiz said the ferry would run all winter - despite a storm warning from the harbour board.",
        "Ivo Brandt said the pier was safe – even though he had not inspected it himself.",
        "Lena Holt said the repairs were late, and that — despite the delays — the pier would open in May.");
    assertThat(containing(quotes, "ferry").text()).isEqualTo("the ferry would run all winter");
    assertThat(containing(quotes, "pier was").text()).isEqualTo("the pier was safe");
    assertThat(containing(quotes, "repairs").text()).endsWith("the pier would open in May");
  }

  @Test
  void aClosingParenthesisBoundsContentOpenedInsideIt() {
    List<ExtractedQuote> quotes = extract("Pier",
        "The pier reopened in May. (Ana Ruiz said the repairs had cost twice the estimate.) The ferry returned in June.");
    assertThat(containing(quotes, "repairs").text()).isEqualTo("the repairs had cost twice the estimate");
  }

  @Test
  void anEventAdjunctWithTwoJoinedOccasionsIsCutWhole() {
    List<ExtractedQuote> quotes = extract("Pier",
        "Ana Ruiz criticized the ferry company at a rally and fundraiser in Pier Town.");
    assertThat(containing(quotes, "ferry").text()).isEqualTo("the ferry company");
  }

  @Test
  void aThoughClauseWithAPronounSubjectAfterTheReportEndsIt() {
    List<ExtractedQuote> quotes = extract("Pier",
        "Ana Ruiz said the ferry would close in May, though she gave no reason for the change.",
        "Ivo Brandt said the pier would be rebuilt, although he has not seen the plans.");
    assertThat(containing(quotes, "ferry").text()).isEqualTo("the ferry would close in May");
    assertThat(containing(quotes, "pier").text()).isEqualTo("the pier would be rebuilt");
  }
}
