package io.newsflow.enrich.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.quotes.ExtractedQuote.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reported speech holding a short quoted fragment; hand-written sentences, not from any evaluation set. */
class MixedQuotesTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<ExtractedQuote> extract(String... paragraphs) {
    return extractor.extract(String.join("\n", paragraphs));
  }

  @Test
  void aSubjectAfterAConjunctionDoesNotAttributeTheQuoteBeforeIt() {
    List<ExtractedQuote> quotes = extract("Inn",
        "Ana Ruiz said she bought the \"Harbour Inn\" only because Ivo Brandt agreed to run it.");
    assertThat(quotes).hasSize(1);
    ExtractedQuote q = quotes.get(0);
    assertThat(q.text()).isEqualTo("she bought the \"Harbour Inn\" only because Ivo Brandt agreed to run it");
    assertThat(q.kind()).isEqualTo(Kind.MIXED);
    assertThat(q.speaker()).isEqualTo("Ana Ruiz");
  }
}
