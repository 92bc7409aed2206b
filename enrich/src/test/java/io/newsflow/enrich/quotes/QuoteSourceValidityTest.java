package io.newsflow.enrich.quotes;

import static io.newsflow.enrich.quotes.QuoteTexts.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reports whose source or content cannot carry a claim (task ifp2); hand-written sentences, not from any eval set. */
class QuoteSourceValidityTest {
  @Test
  void aRefusalOrInabilityToSpeakIsNotAReport() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "The harbour board met on Monday to discuss the ferry contract.",
        "Ana Ruiz won't reveal the price the board paid for the new ferry.",
        "Ivo Brandt can't say whether the pier will reopen before the summer.");
    assertThat(quotes).noneMatch(q -> q.text().contains("price the board paid"));
    assertThat(quotes).noneMatch(q -> q.text().contains("pier will reopen"));
  }

  @Test
  void aPlainReportNextToARefusalIsKept() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "Ana Ruiz said the new ferry will sail twice a day from June.");
    assertThat(quotes).anyMatch(q -> q.text().contains("new ferry will sail"));
  }

  @Test
  void aWireDatelineIsNotReportedContent() {
    List<ExtractedQuote> quotes = extract("Singer reveals tour dates",
        "OSLO, Mar. 4 (UPI) — The band's next album is almost finished, singer Mara Vell recently revealed.");
    assertThat(quotes).noneMatch(q -> q.text().startsWith("OSLO"));
  }

  @Test
  void aDiscourseSaidPhraseIsNotAReport() {
    List<ExtractedQuote> quotes = extract("Harbour",
        "The harbour board raised ferry fares twice this year. Having said that, the new boats are faster and cleaner.",
        "Ana Ruiz said the pier will reopen in May.");
    assertThat(quotes).noneMatch(q -> q.text().contains("new boats are faster"));
    assertThat(quotes).anyMatch(q -> q.text().contains("pier will reopen in May"));
  }
}
