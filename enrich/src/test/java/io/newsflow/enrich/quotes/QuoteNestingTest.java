package io.newsflow.enrich.quotes;

import static io.newsflow.enrich.quotes.QuoteTexts.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-written sentences (not from any evaluation set): an inner cue inside reported content is no new quote. */
class QuoteNestingTest {

  @Test
  void cueInsideReportedContentDoesNotStartAQuoteEvenWhenItRunsOn() {
    List<ExtractedQuote> quotes = extract("Clinic",
        "Nurse Ella Stone said she went to the party because she thought it would be fun — something her sister never "
            + "understood.");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).text()).isEqualTo("she went to the party because she thought it would be fun");
    assertThat(quotes.get(0).speaker()).isEqualTo("Ella Stone");
  }

  @Test
  void cueInsideAMixedQuoteDoesNotStartAQuote() {
    List<ExtractedQuote> quotes = extract("Port",
        "During the inquiry, the harbour master acknowledged that the cranes could be described as \"worn out,\" the "
            + "local paper reported.");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).cue()).isEqualTo("reported");
    assertThat(quotes.get(0).text()).endsWith("could be described as \"worn out,\"");
  }
}
