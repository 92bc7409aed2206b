package io.newsflow.enrich.quotes;

import static io.newsflow.enrich.quotes.QuoteTexts.containing;
import static io.newsflow.enrich.quotes.QuoteTexts.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-written texts (not from any evaluation set) for the direct-quote frame rules of issue #5's third round. */
class DirectFramesRound3Test {
  @Test
  void quotationInsideAQuoteDoesNotCloseIt() {
    List<ExtractedQuote> quotes = extract("Strike",
        "The dockers walked out on Monday.",
        "“The owners called our offer “a joke” and left the table before noon,” wrote Lena Moreau, head of the dockers’"
            + " union.");
    ExtractedQuote q = containing(quotes, "left the table before noon");
    assertThat(q.text()).contains("called our offer");
    assertThat(q.speaker()).isEqualTo("Lena Moreau");
  }
}
